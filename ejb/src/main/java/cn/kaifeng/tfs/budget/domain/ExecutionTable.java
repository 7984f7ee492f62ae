package cn.kaifeng.tfs.budget.domain;

import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.SpreadsheetText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The budget-execution table (预算执行) per program, district and budget year, built from the ledger: the programs'
 * budgets (one per program and year, from their books) and the award figures per district (from the postings of each
 * award, filed under its organisation's district). Filtered by program and district; its totals count each
 * program's budget once however many districts it is spread over.
 */
public final class ExecutionTable {

    /** What a program's year has: its budget, in fen. */
    public record ProgramBudget(String programCode, int year, long budgetFen) {}

    /** The ledger's figures of one program's year in one district (null: the award's application names none). */
    public record DistrictFigures(
            String programCode, int year, String district, long committedFen, long paidFen, long recoveredFen) {}

    /** The totals over the rows shown. */
    public record Totals(Money budget, Money committed, Money paid, Money recovered) {
        public BigDecimal rate() {
            return DistrictExecution.rate(paid, budget);
        }
    }

    /** The district code of awards whose application names no district. */
    public static final String UNKNOWN = "UNKNOWN";

    private final List<DistrictExecution> rows;

    private ExecutionTable(List<DistrictExecution> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * The rows, by program, year and district; a program with a budget and no award has one row without district
     * (left out when a district is asked for). {@code program} and {@code district} filter when not null.
     */
    public static ExecutionTable of(
            List<ProgramBudget> budgets, List<DistrictFigures> figures, String program, String district) {
        Map<String, Long> budgetOf = new LinkedHashMap<>();
        for (ProgramBudget b : budgets) {
            budgetOf.merge(key(b.programCode(), b.year()), b.budgetFen(), Math::addExact);
        }
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, DistrictFigures> first = new LinkedHashMap<>();
        for (DistrictFigures f : figures) {
            String d = f.district() == null || f.district().isBlank() ? UNKNOWN : f.district();
            String k = key(f.programCode(), f.year()) + "\u0000" + d;
            long[] s = sums.computeIfAbsent(k, x -> new long[3]);
            s[0] = Math.addExact(s[0], f.committedFen());
            s[1] = Math.addExact(s[1], f.paidFen());
            s[2] = Math.addExact(s[2], f.recoveredFen());
            first.putIfAbsent(k, new DistrictFigures(f.programCode(), f.year(), d, 0, 0, 0));
        }
        List<DistrictExecution> rows = new ArrayList<>();
        java.util.Set<String> withAwards = new java.util.HashSet<>();
        sums.forEach((k, s) -> {
            DistrictFigures f = first.get(k);
            withAwards.add(key(f.programCode(), f.year()));
            rows.add(new DistrictExecution(
                    f.programCode(),
                    f.year(),
                    f.district(),
                    Money.ofFen(budgetOf.getOrDefault(key(f.programCode(), f.year()), 0L)),
                    Money.ofFen(s[0]),
                    Money.ofFen(s[1]),
                    Money.ofFen(s[2])));
        });
        for (ProgramBudget b : budgets) {
            String k = key(b.programCode(), b.year());
            if (withAwards.add(k)) {
                rows.add(new DistrictExecution(
                        b.programCode(),
                        b.year(),
                        null,
                        Money.ofFen(budgetOf.get(k)),
                        Money.ofFen(0),
                        Money.ofFen(0),
                        Money.ofFen(0)));
            }
        }
        List<DistrictExecution> shown = rows.stream()
                .filter(r -> program == null || program.equals(r.programCode()))
                .filter(r -> district == null || district.equals(r.district()))
                .sorted(Comparator.comparing(DistrictExecution::programCode)
                        .thenComparing(DistrictExecution::year)
                        .thenComparing(r -> r.district() == null ? "" : r.district()))
                .toList();
        return new ExecutionTable(shown);
    }

    private static String key(String program, int year) {
        return program + "\u0000" + year;
    }

    public List<DistrictExecution> rows() {
        return rows;
    }

    /** The sums of the rows shown; each program's year's budget counted once. */
    public Totals totals() {
        Map<String, Money> budgets = new LinkedHashMap<>();
        long committed = 0;
        long paid = 0;
        long recovered = 0;
        for (DistrictExecution r : rows) {
            budgets.putIfAbsent(key(r.programCode(), r.year()), r.budget());
            committed = Math.addExact(committed, r.committed().fen());
            paid = Math.addExact(paid, r.paid().fen());
            recovered = Math.addExact(recovered, r.recovered().fen());
        }
        long budget = 0;
        for (Money m : budgets.values()) {
            budget = Math.addExact(budget, m.fen());
        }
        return new Totals(Money.ofFen(budget), Money.ofFen(committed), Money.ofFen(paid), Money.ofFen(recovered));
    }

    public static final String CSV_HEADER =
            "program,program_name,budget_year,district,budget_yuan,committed_yuan,paid_yuan,recovered_yuan,execution_rate_percent";

    /**
     * The table as CSV (UTF-8 with a byte order mark for spreadsheets, CRLF): one line per row, then the totals.
     * Names pass through {@link SpreadsheetText}, so a program or district name typed as a formula stays text.
     */
    public byte[] csv(Function<String, String> programName, Function<String, String> districtName) {
        Objects.requireNonNull(programName);
        Objects.requireNonNull(districtName);
        StringBuilder out = new StringBuilder("\uFEFF").append(CSV_HEADER).append("\r\n");
        for (DistrictExecution r : rows) {
            line(
                    out,
                    r.programCode(),
                    programName.apply(r.programCode()),
                    String.valueOf(r.year()),
                    r.district() == null ? "" : districtName.apply(r.district()),
                    r.budget(),
                    r.committed(),
                    r.paid(),
                    r.recovered(),
                    r.rate());
        }
        Totals t = totals();
        line(out, "TOTAL", "", "", "", t.budget(), t.committed(), t.paid(), t.recovered(), t.rate());
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void line(
            StringBuilder out,
            String program,
            String name,
            String year,
            String district,
            Money budget,
            Money committed,
            Money paid,
            Money recovered,
            BigDecimal rate) {
        out.append(SpreadsheetText.csvField(program))
                .append(',')
                .append(SpreadsheetText.csvField(name))
                .append(',')
                .append(year)
                .append(',')
                .append(SpreadsheetText.csvField(district))
                .append(',')
                .append(budget.yuan().toPlainString())
                .append(',')
                .append(committed.yuan().toPlainString())
                .append(',')
                .append(paid.yuan().toPlainString())
                .append(',')
                .append(recovered.yuan().toPlainString())
                .append(',')
                .append(rate == null ? "" : rate.toPlainString())
                .append("\r\n");
    }
}
