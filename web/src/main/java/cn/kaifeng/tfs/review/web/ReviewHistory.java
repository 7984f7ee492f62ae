package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.audit.domain.AuditChain;
import cn.kaifeng.tfs.audit.domain.AuditRecord;
import cn.kaifeng.tfs.audit.service.AuditService;
import cn.kaifeng.tfs.casefile.domain.ApplicationEvent;
import cn.kaifeng.tfs.casefile.domain.ApplicationRevision;
import cn.kaifeng.tfs.review.service.ReviewService;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The workbench's history part: the submitted revisions, the timeline of steps, and the audit records of the case
 * (全程留痕) with a check of the whole audit chain. It only reads, so it lives for one request.
 */
@Named
@RequestScoped
public class ReviewHistory {

    @Inject
    private ReviewPage page;

    @Inject
    private ReviewService reviews;

    @Inject
    private AuditService auditTrail;

    @Inject
    private Messages messages;

    public List<ApplicationEvent> getTimeline() {
        return page.isLoaded() ? reviews.timeline(page.reviewer(), page.caseId()) : List.of();
    }

    public List<ApplicationRevision> getRevisions() {
        return page.isLoaded() ? reviews.revisions(page.reviewer(), page.caseId()) : List.of();
    }

    /** The audit records of this application, oldest first. */
    public List<AuditRecord> getAuditRecords() {
        return page.isLoaded() ? auditTrail.of("application:" + page.caseId()) : List.of();
    }

    /** Verifies the whole audit chain these records belong to, and says so. */
    public void verifyAudit() {
        AuditChain.Verdict verdict = auditTrail.verify();
        if (verdict.intact()) {
            messages.info("audit.intact", verdict.checked());
        } else {
            messages.error(
                    null, "audit.broken", verdict.brokenAt(), messages.text("audit.problem." + verdict.problem()));
        }
    }
}
