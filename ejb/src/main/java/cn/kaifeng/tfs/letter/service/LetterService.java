package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationEvent;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.NumberCounters;
import cn.kaifeng.tfs.casefile.service.Timeline;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.LetterComposer;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterFile;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.PolicyService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Issues decision letters, one from a reviewer's page or many in a round, hands them to whoever may have them, and
 * revokes them. Issuing is one transaction: the application moves to "letter issued", the number is taken, the
 * letter is printed, signed and stored with its hash; if anything fails, none of it happened and the number is
 * given back.
 */
@ApplicationScoped
@Transactional
public class LetterService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** Where the public verification page lives, for the QR code: {@code TFS_PUBLIC_URL}, e.g. https://tfs.kaifeng.gov.cn. */
    static final String PUBLIC_URL = "TFS_PUBLIC_URL";

    static final String VERIFY_PATH = "/public/verify.xhtml?code=";

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PolicyService policies;

    @Inject
    private ApplicationService applications;

    @Inject
    private AccountService accounts;

    @Inject
    private NumberCounters counters;

    @Inject
    private Timeline timeline;

    @Inject
    private LetterPress press;

    @Inject
    private AuditLog audit;

    /** A reviewer issues the letter of a decided application, as seen on the page (optimistic check). */
    public Letter issue(String reviewer, long applicationId, long seenVersion) {
        Application application = applications.lockForReview(reviewer, applicationId, seenVersion);
        return issueLocked(application, reviewer, null);
    }

    /**
     * Issues the letter of an application of a round, in the caller's transaction (the round records the letter
     * in the same one). The caller holds the application's row lock and has checked it awaits a letter.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Letter issueInRound(Application lockedApplication, String reviewer, long roundId) {
        return issueLocked(lockedApplication, reviewer, roundId);
    }

    public static boolean awaitingLetter(ApplicationStatus status) {
        return status == ApplicationStatus.APPROVED || status == ApplicationStatus.REJECTED;
    }

    private Letter issueLocked(Application application, String reviewer, Long roundId) {
        ProgramDefinition program = applications.programOf(application);
        // refuse an illegal step before a number is taken or anything is printed
        Move.ISSUE_LETTER.target(application.status(), program.reviewPath());
        boolean approved = application.status() == ApplicationStatus.APPROVED;
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        String word = program.letters().numberWord();
        LetterNumber number = new LetterNumber(word, today.getYear(), counters.nextValue("L:" + word, today.getYear()));
        String code = VerificationCode.generate();
        String creditCode = application.organisation().creditCode() == null
                ? null
                : application.organisation().creditCode().value();

        LetterContent content = LetterComposer.compose(new LetterComposer.Case(
                program,
                approved ? LetterKind.APPROVAL : LetterKind.REJECTION,
                number,
                application.organisation().name(),
                creditCode,
                application.number(),
                approved ? application.decision().decidedAmount() : null,
                applications.assessmentOf(application),
                // an approval states why its amount is not the award rule's (a yearly cap, 就高), a rejection why
                approved ? application.decision().amountReason() : rejectionReasons(application),
                today,
                code,
                publicUrl() + VERIFY_PATH + code,
                policies.library()));
        byte[] pdf = press.print(content);

        Letter letter = new Letter(
                application.id(),
                content.kind(),
                content.number(),
                code,
                application.organisation().name(),
                program.code(),
                program.name().zh(),
                approved ? application.decision().decidedAmount() : null,
                reviewer,
                now,
                sha256(pdf),
                pdf.length,
                roundId);
        em.persist(letter);
        em.flush();
        em.persist(new LetterFile(letter.id(), pdf));
        applications.step(application, reviewer, Move.ISSUE_LETTER, letter.number());
        audit.record(
                reviewer,
                "LETTER_ISSUED",
                Timeline.subject(application),
                null,
                letter.number() + " " + letter.kind() + " sha256=" + letter.sha256());
        return letter;
    }

    /** The reasons given with the step that rejected the application, as the timeline recorded them. */
    private String rejectionReasons(Application application) {
        List<ApplicationEvent> events = timeline.of(application.id());
        for (int i = events.size() - 1; i >= 0; i--) {
            ApplicationEvent event = events.get(i);
            if (event.toStatus() == ApplicationStatus.REJECTED) {
                return event.note();
            }
        }
        return null;
    }

    /** The letters of an application, newest first, for whoever may read the application. */
    public List<Letter> lettersOf(String username, long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (!mayHaveLetters(username, application)) {
            throw new DomainException("application.notFound");
        }
        return em.createQuery(
                        "SELECT l FROM Letter l WHERE l.applicationId = :id ORDER BY l.issuedAt DESC, l.id DESC",
                        Letter.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** A letter with its signed file. */
    public record Download(Letter letter, byte[] pdf) {}

    /**
     * The stored file, byte for byte as issued, for the applicant's organisation and reviewers; anyone else (and an
     * unknown id) is told it does not exist. Checked against its hash, so a damaged row is never handed out.
     */
    public Download download(String username, long letterId) {
        Letter letter = em.find(Letter.class, letterId);
        if (letter == null || !mayHaveLetters(username, em.find(Application.class, letter.applicationId()))) {
            throw new DomainException("letter.notFound");
        }
        byte[] pdf = em.find(LetterFile.class, letterId).pdf();
        if (!sha256(pdf).equals(letter.sha256())) {
            throw new DomainException("letter.damaged");
        }
        return new Download(letter, pdf);
    }

    /** Revokes a letter (audited): from now on verification says it is no longer valid. */
    public Letter revoke(String reviewer, long letterId, String reason) {
        applications.requireRole(reviewer, Role.REVIEWER);
        Letter letter = em.find(Letter.class, letterId, LockModeType.PESSIMISTIC_WRITE);
        if (letter == null) {
            throw new DomainException("letter.notFound");
        }
        letter.revoke(reviewer, reason, clock.instant());
        Application application = em.find(Application.class, letter.applicationId());
        audit.record(
                reviewer,
                "LETTER_REVOKED",
                Timeline.subject(application),
                letter.number(),
                letter.number() + " revoked: " + letter.revocationReason());
        return letter;
    }

    /** Reviewers, and applicants of the organisation the application belongs to; experts never need letters. */
    boolean mayHaveLetters(String username, Application application) {
        if (application == null || application.number() == null) {
            return false;
        }
        UserAccount account = accounts.findByUsername(username).orElse(null);
        if (account == null) {
            return false;
        }
        return account.hasRole(Role.REVIEWER)
                || account.hasRole(Role.APPLICANT) && application.belongsTo(account.organisation());
    }

    /** The address of the public verification page for a code, as printed on letters and other signed documents. */
    public static String verifyUrl(String code) {
        return publicUrl() + VERIFY_PATH + code;
    }

    static String publicUrl() {
        String configured = System.getenv(PUBLIC_URL);
        String url = configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
