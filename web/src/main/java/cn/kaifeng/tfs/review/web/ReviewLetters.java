package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationEvent;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.Notice;
import cn.kaifeng.tfs.letter.service.AppealService;
import cn.kaifeng.tfs.letter.service.LetterService;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.review.service.ReviewCase;
import cn.kaifeng.tfs.review.service.ReviewService;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The workbench's letters part: issuing the decision letter, the case's letters with revocation, and an appeal
 * against the decision (upheld, or the case reopened).
 */
@Named
@ViewScoped
public class ReviewLetters implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewPage page;

    @Inject
    private LetterService letterService;

    @Inject
    private AppealService appeals;

    @Inject
    private ReviewService reviews;

    @Inject
    private Messages messages;

    private String revokeReason;

    /** The reviewer's conclusion on an appeal, upheld or reopened. */
    private String appealConclusion;

    /** The letters of the case last read (entities are not kept in the view). */
    private transient ReviewCase readFor;

    private transient List<Letter> letters;

    @Inject
    private NoticeService noticeService;

    private transient ReviewCase noticesFor;
    private transient List<Notice> notices;

    /** Issues the decision letter: numbered, printed, signed and stored; the applicant can download it at once. */
    public String issue() {
        return page.perform(() -> {
            Letter letter = letterService.issue(page.reviewer(), page.caseId(), page.rowVersion());
            messages.flashInfo("letter.issued", letter.number());
        });
    }

    /** Revokes a letter with the reason typed: verification says so from now on. */
    public String revoke(long letterId) {
        return page.perform(() -> {
            Letter letter = letterService.revoke(page.reviewer(), letterId, revokeReason);
            messages.flashInfo("letter.revokedNow", letter.number());
        });
    }

    /** Upholds the decision under appeal: the letter stays in force. */
    public String dismissAppeal() {
        return page.perform(() -> {
            Application after = appeals.dismiss(page.reviewer(), page.caseId(), page.rowVersion(), appealConclusion);
            messages.flashInfo("appeal.dismissed", after.number());
        });
    }

    /** Reopens the case under appeal: its letter is revoked and the application goes back to review. */
    public String reopen() {
        return page.perform(() -> {
            Application after = appeals.reopen(page.reviewer(), page.caseId(), page.rowVersion(), appealConclusion);
            messages.flashInfo("appeal.reopened", after.number());
        });
    }

    /** The notices issued after the award (拨付通知, 追回通知, 验收结论), newest first. */
    public List<Notice> getNotices() {
        if (noticesFor != page.reviewCase()) {
            noticesFor = page.reviewCase();
            notices = noticesFor == null ? List.of() : noticeService.noticesOf(page.reviewer(), page.caseId());
        }
        return notices;
    }

    public List<Letter> getLetters() {
        if (readFor != page.reviewCase()) {
            readFor = page.reviewCase();
            letters = readFor == null ? List.of() : letterService.lettersOf(page.reviewer(), page.caseId());
        }
        return letters;
    }

    /** What the applicant wrote when asking for a review: the note of the latest appeal on the timeline. */
    public String getAppealReason() {
        return !page.isLoaded()
                ? null
                : reviews.timeline(page.reviewer(), page.caseId()).stream()
                        .filter(e -> Move.APPEAL.name().equals(e.kind()))
                        .reduce((first, second) -> second)
                        .map(ApplicationEvent::note)
                        .orElse(null);
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public String getAppealConclusion() {
        return appealConclusion;
    }

    public void setAppealConclusion(String appealConclusion) {
        this.appealConclusion = appealConclusion;
    }
}
