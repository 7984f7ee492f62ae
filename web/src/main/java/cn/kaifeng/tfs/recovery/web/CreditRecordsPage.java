package cn.kaifeng.tfs.recovery.web;

import cn.kaifeng.tfs.recovery.domain.CreditStatus;
import cn.kaifeng.tfs.recovery.service.CreditRecordService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The bureau's 失信 records: in force, lifted and expired, with the form that lifts one in force (a reviewer, with a
 * reason). Records are made on the overdue recovery order they follow.
 */
@Named
@ViewScoped
public class CreditRecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CreditRecordService records;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long recordId;
    private String liftReason;

    private transient List<CreditRecordService.RecordView> all;

    public List<CreditRecordService.RecordView> getRecords() {
        if (all == null) {
            all = records.records(currentUser.username());
        }
        return all;
    }

    /** The records in force, which the lifting form offers. */
    public List<CreditRecordService.RecordView> getActive() {
        return getRecords().stream()
                .filter(r -> r.status() == CreditStatus.ACTIVE)
                .toList();
    }

    public String lift() {
        try {
            if (recordId == null) {
                throw new DomainException("credit.chooseRecord");
            }
            records.lift(currentUser.username(), recordId, liftReason);
            messages.flashInfo("credit.lifted", String.valueOf(recordId));
            return "/reviewer/credit-records.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error("lift:lift-reason", e);
            return null;
        }
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String liftReason) {
        this.liftReason = liftReason;
    }
}
