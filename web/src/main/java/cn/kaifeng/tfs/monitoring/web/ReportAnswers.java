package cn.kaifeng.tfs.monitoring.web;

import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import cn.kaifeng.tfs.program.web.FieldInput;
import java.util.List;

/**
 * A submitted report's answers to its program's own report fields, as inputs of the generated form filled from the
 * stored values: what the applicant's part and the reviewer's page show under the report, the same way.
 */
final class ReportAnswers {

    private ReportAnswers() {}

    static List<FieldInput> of(MonitoringService.Overview overview, MonitoringService.PeriodView view) {
        return overview == null || view.report() == null
                ? List.of()
                : FieldInput.of(
                        overview.template().reporting().fieldDefinitions(), MonitoringService.answersOf(view.report()));
    }
}
