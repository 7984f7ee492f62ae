package cn.kaifeng.tfs.monitoring.web;

import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bureau's list of progress reports across awards ({@code /reviewer/reports.xhtml}): every period of every
 * signed agreement, overdue first, filtered by state and by a case number or organisation name, exportable as CSV.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The states the filter offers (blank: all). */
    public static final List<String> STATES = List.of("overdue", "dueSoon", "due", "submitted", "returned", "accepted");

    @Inject
    private MonitoringService monitoring;

    @Inject
    private CurrentUser currentUser;

    private String state;

    @Size(max = 100)
    private String text;

    private transient List<MonitoringService.ReportRow> rows;

    public List<MonitoringService.ReportRow> getRows() {
        if (rows == null) {
            rows = monitoring.reports(currentUser.username(), known(state), text);
        }
        return rows;
    }

    /** Applies the filter (the list is read again). */
    public void filter() {
        rows = null;
    }

    /** The export's address with the filter as shown. */
    public String getCsvQuery() {
        return "state=" + URLEncoder.encode(known(state) == null ? "" : state, StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }

    /** The state if the filter offers it, else null (all): List.of's contains refuses null. */
    static String known(String state) {
        return state != null && STATES.contains(state) ? state : null;
    }

    public List<String> getStates() {
        return STATES;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
