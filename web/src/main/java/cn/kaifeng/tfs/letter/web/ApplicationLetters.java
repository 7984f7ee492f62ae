package cn.kaifeng.tfs.letter.web;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.letter.domain.AppealWindow;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.Notice;
import cn.kaifeng.tfs.letter.service.AppealService;
import cn.kaifeng.tfs.letter.service.LetterService;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The letters part of the applicant's application page: the decision letters issued for it, the notices issued
 * after the award (拨付通知, 追回通知, 验收结论), and the request for a
 * review of a rejection (复核) while its window is open. The page ({@link ApplicationPage}) says which
 * application it is.
 */
@Named
@ViewScoped
public class ApplicationLetters implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationPage page;

    @Inject
    private ApplicationService applications;

    @Inject
    private LetterService letterService;

    @Inject
    private AppealService appeals;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Size(max = AppealWindow.MAX_REASON)
    private String appealReason;

    @Inject
    private NoticeService noticeService;

    private transient List<Letter> letters;
    private transient List<Notice> notices;
    private transient LocalDate appealLastDay;
    private transient boolean appealLooked;

    /** The decision letters issued for this application, newest first. */
    public List<Letter> getLetters() {
        if (letters == null) {
            letters = page.applicationId() == null || page.getNumber() == null
                    ? List.of()
                    : letterService.lettersOf(currentUser.username(), page.applicationId());
        }
        return letters;
    }

    /** The notices issued after the award (拨付通知, 追回通知, 验收结论), newest first. */
    public List<Notice> getNotices() {
        if (notices == null) {
            notices = page.applicationId() == null || page.getNumber() == null
                    ? List.of()
                    : noticeService.noticesOf(currentUser.username(), page.applicationId());
        }
        return notices;
    }

    /** Until when the applicant may ask for a review of its rejection; null when it cannot. */
    public LocalDate getAppealLastDay() {
        if (!appealLooked) {
            appealLooked = true;
            if (page.getStatus() == ApplicationStatus.LETTER_ISSUED) {
                appealLastDay = appeals.lastDay(applications.mine(currentUser.username(), page.applicationId()));
            }
        }
        return appealLastDay;
    }

    /** The applicant asks for a review of its rejection (复核); the page shows the new state. */
    public String appeal() {
        try {
            appeals.appeal(currentUser.username(), page.applicationId(), appealReason);
            messages.flashInfo("appeal.submitted");
            return "/applicant/application.xhtml?faces-redirect=true&id=" + page.applicationId();
        } catch (DomainException e) {
            messages.error("app:appeal-reason", e);
            return null;
        }
    }

    public String getAppealReason() {
        return appealReason;
    }

    public void setAppealReason(String appealReason) {
        this.appealReason = appealReason;
    }
}
