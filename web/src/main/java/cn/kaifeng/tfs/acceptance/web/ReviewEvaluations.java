package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.domain.PerformanceEvaluation;
import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.review.web.ReviewPage;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A part of the reviewer's application page: the applicant organisation's past performance evaluations (绩效评价),
 * so that a later round's reviewer sees how it kept the targets of earlier awards.
 */
@Named
@RequestScoped
public class ReviewEvaluations {

    @Inject
    private ReviewPage page;

    @Inject
    private AcceptanceService acceptances;

    @Inject
    private CurrentUser currentUser;

    private List<PerformanceEvaluation> list;

    public List<PerformanceEvaluation> getList() {
        if (list == null) {
            list = page.isLoaded()
                    ? acceptances.evaluationsOf(
                            currentUser.username(), page.reviewCase().organisationId())
                    : List.of();
        }
        return list;
    }
}
