package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.review.service.DashboardService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The bureau's dashboard: each figure as a PrimeFaces chart (Chart.js configuration built with JSON-P) and, for
 * screen readers and for copying, the same numbers as a table.
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final String[] COLOURS = {"#0b4f8a", "#b35c00", "#2e7d32", "#8a1c1c", "#5b3f8c", "#00695c", "#6d4c41"
    };

    @Inject
    private DashboardService dashboard;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private ProgramTexts programTexts;

    private List<DashboardService.Count> counts;

    /** A row of a figure's table: label and values, already as text. */
    public record Row(String label, List<String> values) {}

    private List<DashboardService.Count> counts() {
        if (counts == null) {
            counts = dashboard.countsByProgramAndStatus(currentUser.username());
        }
        return counts;
    }

    /** Stacked bars: one bar per program, one colour per status. */
    public String getCountsChart() {
        List<String> programs = new ArrayList<>(new TreeSet<>(
                counts().stream().map(DashboardService.Count::programCode).toList()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (counts().stream().noneMatch(c -> c.status() == status)) {
                continue;
            }
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (String program : programs) {
                data.add(counts().stream()
                        .filter(c -> c.programCode().equals(program) && c.status() == status)
                        .mapToLong(DashboardService.Count::applications)
                        .sum());
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", messages.text("status." + status.name()))
                    .add("data", data)
                    .add("backgroundColor", COLOURS[colour++ % COLOURS.length]));
        }
        return chart("bar", programs, datasets, true);
    }

    public List<Row> getCountsTable() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (DashboardService.Count c : counts()) {
            rows.computeIfAbsent(c.programCode(), k -> new ArrayList<>())
                    .add(messages.text("status." + c.status().name()) + " " + c.applications());
        }
        return rows.entrySet().stream()
                .map(e -> new Row(e.getKey(), List.of(String.join("，", e.getValue()))))
                .toList();
    }

    public String getByProgramChart() {
        return single(
                "bar", dashboard.approvedByProgram(currentUser.username()), messages.text("dashboard.approvedYuan"));
    }

    public List<Row> getByProgramTable() {
        return moneyRows(dashboard.approvedByProgram(currentUser.username()), "");
    }

    public String getByDistrictChart() {
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        dashboard
                .approvedByDistrict(currentUser.username())
                .forEach((d, v) -> named.put(messages.text("district." + d), v));
        return single("bar", named, messages.text("dashboard.approvedYuan"));
    }

    public List<Row> getByDistrictTable() {
        return moneyRows(dashboard.approvedByDistrict(currentUser.username()), "district.");
    }

    public String getScoresChart() {
        Map<String, BigDecimal> bands = new LinkedHashMap<>();
        dashboard
                .scoreDistribution(currentUser.username())
                .forEach((band, n) -> bands.put(band + "–" + (band == 90 ? 100 : band + 9), BigDecimal.valueOf(n)));
        return single("bar", bands, messages.text("dashboard.applications"));
    }

    public List<Row> getScoresTable() {
        List<Row> rows = new ArrayList<>();
        dashboard
                .scoreDistribution(currentUser.username())
                .forEach((band, n) ->
                        rows.add(new Row(band + "–" + (band == 90 ? 100 : band + 9), List.of(String.valueOf(n)))));
        return rows;
    }

    public String getDaysChart() {
        return single("bar", dashboard.averageDaysToDecision(currentUser.username()), messages.text("dashboard.days"));
    }

    public List<Row> getDaysTable() {
        List<Row> rows = new ArrayList<>();
        dashboard
                .averageDaysToDecision(currentUser.username())
                .forEach((program, days) -> rows.add(new Row(program, List.of(days.toPlainString()))));
        return rows;
    }

    private List<Row> moneyRows(Map<String, BigDecimal> sums, String labelPrefix) {
        List<Row> rows = new ArrayList<>();
        sums.forEach((key, yuan) -> rows.add(new Row(
                labelPrefix.isEmpty() ? key : messages.text(labelPrefix + key), List.of(programTexts.money(yuan)))));
        return rows;
    }

    private static String single(String type, Map<String, BigDecimal> values, String label) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.values().forEach(data::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", label)
                        .add("data", data)
                        .add("backgroundColor", COLOURS[0]));
        return chart(type, new ArrayList<>(values.keySet()), datasets, false);
    }

    private static String chart(String type, List<String> labels, JsonArrayBuilder datasets, boolean stacked) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder scales = Json.createObjectBuilder();
        if (stacked) {
            scales.add("x", Json.createObjectBuilder().add("stacked", true))
                    .add("y", Json.createObjectBuilder().add("stacked", true));
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder().add("responsive", true).add("scales", scales))
                .build()
                .toString();
    }
}
