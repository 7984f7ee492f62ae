package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.casefile.service.NumberCounters;
import cn.kaifeng.tfs.casefile.service.Timeline;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.letter.domain.Notice;
import cn.kaifeng.tfs.letter.domain.NoticeComposer;
import cn.kaifeng.tfs.letter.domain.NoticeDraft;
import cn.kaifeng.tfs.letter.domain.NoticeFile;
import cn.kaifeng.tfs.letter.domain.VerificationCode;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues the notices of the stages after the award (拨付通知, 追回通知, 验收结论) from the letters' press: numbered
 * with the kind's number word (counted per word and year like letters, on the same counters, so a notice and a
 * letter never share a number), printed as PDF/A, signed with the bureau's key and stored with their hash and
 * verification code, in the caller's transaction: if the caller's step fails, no notice was issued and the number is
 * given back. The floors above ask for them (payment, recovery, acceptance); they know what the notice says, this
 * knows how a signed document is made.
 */
@ApplicationScoped
@Transactional
public class NoticeService {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private LetterService letters;

    @Inject
    private NumberCounters counters;

    @Inject
    private LetterPress press;

    @Inject
    private AuditLog audit;

    /**
     * Issues the notice a draft describes, once: a notice of the same kind about the same source already issued is
     * returned as it is (importing a return file twice, or a retry, issues nothing twice).
     */
    public Notice issue(NoticeDraft draft) {
        Optional<Notice> earlier = find(draft.kind(), draft.sourceId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Application application = em.find(Application.class, draft.applicationId());
        if (application == null || application.number() == null) {
            throw new DomainException("application.notFound");
        }
        ProgramDefinition program = applications.programOf(application);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        String word = program.letters().noticeWord(NoticeComposer.template(draft.kind()));
        // the letters' counter key: a program whose notices take its letters' word numbers them in one sequence
        LetterNumber number = new LetterNumber(word, today.getYear(), counters.nextValue("L:" + word, today.getYear()));
        String code = VerificationCode.generate();
        String creditCode = application.organisation().creditCode() == null
                ? null
                : application.organisation().creditCode().value();
        LetterContent content = NoticeComposer.compose(new NoticeComposer.Case(
                program,
                draft,
                number,
                application.organisation().name(),
                creditCode,
                application.number(),
                today,
                code,
                LetterService.verifyUrl(code)));
        byte[] pdf = press.print(content);
        Notice notice = new Notice(new Notice.Issued(
                draft.kind(),
                draft.sourceId(),
                application.id(),
                application.organisation().id(),
                application.organisation().name(),
                program.code(),
                program.name().zh(),
                content.number(),
                code,
                draft.amount(),
                draft.actor(),
                now,
                LetterService.sha256(pdf),
                pdf.length));
        em.persist(notice);
        em.flush();
        em.persist(new NoticeFile(notice.id(), pdf));
        audit.record(
                draft.actor(),
                "NOTICE_ISSUED",
                Timeline.subject(application),
                null,
                notice.number() + " " + notice.kind() + " source=" + notice.sourceId() + " sha256=" + notice.sha256());
        return notice;
    }

    /**
     * The acceptance conclusion (验收结论) of a project, for the acceptance floor: {@code acceptanceId} identifies the
     * acceptance (one conclusion notice each), {@code conclusion} is the conclusion in the words the notice prints
     * (通过, 限期整改, 不通过), {@code panelScore} the panel's score (null when none was given), {@code concludedOn}
     * the day of the conclusion, {@code actor} who concludes (audited as the issuer). Issued once per acceptance, in
     * the caller's transaction; refuses a blank conclusion or no day ({@link IllegalArgumentException}).
     */
    public Notice issueAcceptanceConclusion(
            String actor,
            long applicationId,
            long acceptanceId,
            String conclusion,
            BigDecimal panelScore,
            LocalDate concludedOn) {
        return issue(NoticeDraft.acceptanceConclusion(
                applicationId, acceptanceId, conclusion, panelScore, concludedOn, actor));
    }

    /** The notice of a kind about a source, if one was issued. */
    public Optional<Notice> find(LetterKind kind, long sourceId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.kind = :k AND n.sourceId = :s", Notice.class)
                .setParameter("k", kind)
                .setParameter("s", sourceId)
                .getResultStream()
                .findFirst();
    }

    /** The notices of an application, newest first, for whoever may have its letters (its applicants, reviewers). */
    public List<Notice> noticesOf(String username, long applicationId) {
        if (!letters.mayHaveLetters(username, em.find(Application.class, applicationId))) {
            throw new DomainException("application.notFound");
        }
        return em.createQuery(
                        "SELECT n FROM Notice n WHERE n.applicationId = :id ORDER BY n.issuedAt DESC, n.id DESC",
                        Notice.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** The notices of a kind about these sources, by source, for a reviewer's list (payments, recovery orders). */
    public Map<Long, Notice> bySource(String reviewer, LetterKind kind, Collection<Long> sourceIds) {
        applications.requireRole(reviewer, Role.REVIEWER);
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT n FROM Notice n WHERE n.kind = :k AND n.sourceId IN :s", Notice.class)
                .setParameter("k", kind)
                .setParameter("s", sourceIds)
                .getResultStream()
                .collect(Collectors.toMap(Notice::sourceId, Function.identity()));
    }

    /** A notice with its signed file. */
    public record Download(Notice notice, byte[] pdf) {}

    /**
     * The stored file, byte for byte as issued, for the applicants of the organisation and reviewers; anyone else
     * (and an unknown id) is told it does not exist. Checked against its hash, so a damaged row is never handed out.
     */
    public Download download(String username, long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null || !letters.mayHaveLetters(username, em.find(Application.class, notice.applicationId()))) {
            throw new DomainException("letter.notFound");
        }
        byte[] pdf = em.find(NoticeFile.class, noticeId).pdf();
        if (!LetterService.sha256(pdf).equals(notice.sha256())) {
            throw new DomainException("letter.damaged");
        }
        return new Download(notice, pdf);
    }
}
