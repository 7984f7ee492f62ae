package cn.kaifeng.tfs.audit.web;

import cn.kaifeng.tfs.audit.domain.AuditChain;
import cn.kaifeng.tfs.audit.domain.AuditRecord;
import cn.kaifeng.tfs.audit.service.AuditService;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrators' view of the audit trail: the newest records, and verification of the chain on demand. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    private AuditService trail;

    @Inject
    private Messages messages;

    private List<AuditRecord> latest;
    private AuditChain.Verdict verdict;

    public List<AuditRecord> getLatest() {
        if (latest == null) {
            latest = trail.latest(100);
        }
        return latest;
    }

    public void verify() {
        verdict = trail.verify();
        latest = null;
        if (verdict.intact()) {
            messages.info("audit.intact", verdict.checked());
        } else {
            messages.error(
                    null, "audit.broken", verdict.brokenAt(), messages.text("audit.problem." + verdict.problem()));
        }
    }

    public AuditChain.Verdict getVerdict() {
        return verdict;
    }

    /** The first characters of a hash: enough to compare by eye. */
    public String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, 12);
    }
}
