package cn.kaifeng.tfs.letter.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.LetterFile;
import cn.kaifeng.tfs.letter.domain.LetterRound;
import cn.kaifeng.tfs.letter.domain.LetterRoundItem;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Rounds of letters issued in bulk: creating one for a program, issuing its items one transaction each (the
 * letter and the item's state commit together, so no letter is issued twice, whatever crashes), its progress, and
 * finding rounds whose job died with its node.
 */
@ApplicationScoped
@Transactional
public class LetterRoundService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final List<ApplicationStatus> DECIDED =
            List.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private LetterService letters;

    @Inject
    private ProgramService catalog;

    @Inject
    private AuditLog audit;

    @Inject
    private LetterPress press;

    /** How many applications of a program are decided and waiting for their letter. */
    public long due(String reviewer, String programCode) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery(
                        "SELECT COUNT(a) FROM Application a WHERE a.programCode = :code AND a.status IN :decided",
                        Long.class)
                .setParameter("code", programCode)
                .setParameter("decided", DECIDED)
                .getSingleResult();
    }

    /** A new round of every decided application of the program still waiting for its letter. */
    public LetterRound create(String reviewer, String programCode, boolean rescore) {
        applications.requireRole(reviewer, Role.REVIEWER);
        catalog.current(programCode).orElseThrow(() -> new DomainException("program.notFound"));
        boolean running = !em.createQuery(
                        "SELECT r.id FROM LetterRound r WHERE r.programCode = :code AND r.finishedAt IS NULL",
                        Long.class)
                .setParameter("code", programCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (running) {
            throw new DomainException("letter.roundRunning");
        }
        List<Long> ids = em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.programCode = :code AND a.status IN :decided"
                                + " ORDER BY a.id",
                        Long.class)
                .setParameter("code", programCode)
                .setParameter("decided", DECIDED)
                .getResultList();
        if (ids.isEmpty()) {
            throw new DomainException("letter.roundEmpty");
        }
        // a round that could not sign a single letter is refused now, not retried in the background forever
        press.requireSigningKey();
        LetterRound round = new LetterRound(programCode, rescore, reviewer, ids.size(), clock.instant());
        em.persist(round);
        em.flush();
        for (Long id : ids) {
            em.persist(new LetterRoundItem(round.id(), id));
        }
        audit.record(
                reviewer,
                "LETTER_ROUND_CREATED",
                "letter-round:" + round.id(),
                null,
                programCode + " " + ids.size() + " letters" + (rescore ? ", re-scored first" : ""));
        return round;
    }

    /** The applications of a round still waiting, in a stable order. */
    public List<Long> pending(long roundId) {
        return em.createQuery(
                        "SELECT i.applicationId FROM LetterRoundItem i WHERE i.roundId = :round AND i.state = :pending"
                                + " ORDER BY i.applicationId",
                        Long.class)
                .setParameter("round", roundId)
                .setParameter("pending", LetterRoundItem.State.PENDING)
                .getResultList();
    }

    /**
     * Issues one item's letter in a transaction of its own, with the item locked: an item already done (by a job
     * that ran before a crash, or another node) is left alone. Held back instead when the application no longer
     * waits for a letter, or when re-scoring under a newer version no longer passes an approved application.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LetterRoundItem.State issueItem(long roundId, long applicationId) {
        LetterRoundItem item = em.find(
                LetterRoundItem.class, new LetterRoundItem.Key(roundId, applicationId), LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.state() != LetterRoundItem.State.PENDING) {
            return item == null ? LetterRoundItem.State.HELD : item.state();
        }
        LetterRound round = em.find(LetterRound.class, roundId);
        Application application = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !LetterService.awaitingLetter(application.status())) {
            item.held(application == null ? "gone" : "status " + application.status());
            return item.state();
        }
        if (round.rescore() && newerVersionOf(application)) {
            applications.rescore(round.requestedBy(), applicationId);
            if (application.status() == ApplicationStatus.APPROVED
                    && application.results().outcome() != Outcome.PASSED) {
                item.held("re-scored under v" + application.programVersion() + ": "
                        + application.results().outcome() + "; a reviewer must look at it again");
                return item.state();
            }
        }
        Letter letter = letters.issueInRound(application, round.requestedBy(), roundId);
        item.issued(letter.id());
        return item.state();
    }

    private boolean newerVersionOf(Application application) {
        return catalog.current(application.programCode())
                .map(p -> p.version() > application.programVersion())
                .orElse(false);
    }

    /**
     * Holds back an item whose letter was refused (an illegal step, a definition that cannot be printed...), with
     * the reason, so that the round goes on with the others instead of failing on it again and again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hold(long roundId, long applicationId, String reason) {
        LetterRoundItem item = em.find(
                LetterRoundItem.class, new LetterRoundItem.Key(roundId, applicationId), LockModeType.PESSIMISTIC_WRITE);
        if (item != null && item.state() == LetterRoundItem.State.PENDING) {
            item.held(reason);
        }
    }

    /** A job is alive and working on the round. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beat(long roundId) {
        LetterRound round = em.find(LetterRound.class, roundId);
        if (round != null) {
            round.beat(clock.instant());
        }
    }

    /** Marks the round finished if nothing is pending any more. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean finishIfDone(long roundId) {
        LetterRound round = em.find(LetterRound.class, roundId);
        if (round == null || round.finished() || !pending(roundId).isEmpty()) {
            return false;
        }
        round.finish(clock.instant());
        audit.record(
                round.requestedBy(),
                "LETTER_ROUND_FINISHED",
                "letter-round:" + roundId,
                null,
                progress(roundId).toString());
        return true;
    }

    /**
     * Claims the rounds whose job fell silent (its node crashed or was killed), for this node to resume: the
     * heartbeat moves only if it is still the one read, so of several nodes trying at once exactly one wins each round.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claimAbandoned() {
        Instant now = clock.instant();
        List<Long> claimed = new ArrayList<>();
        for (LetterRound round : em.createQuery(
                        "SELECT r FROM LetterRound r WHERE r.finishedAt IS NULL AND r.heartbeatAt < :silentSince",
                        LetterRound.class)
                .setParameter("silentSince", now.minus(LetterRound.SILENCE))
                .getResultList()) {
            // compare-and-set on the heartbeat read: a node that read it before another claimed it changes nothing
            int won = em.createQuery("UPDATE LetterRound r SET r.heartbeatAt = :now, r.version = r.version + 1"
                            + " WHERE r.id = :id AND r.heartbeatAt = :seen")
                    .setParameter("now", now)
                    .setParameter("id", round.id())
                    .setParameter("seen", round.heartbeatAt())
                    .executeUpdate();
            if (won == 1) {
                claimed.add(round.id());
            }
        }
        return claimed;
    }

    /** A round's progress: how many items are issued, held and pending, for the progress bar. */
    public record Progress(
            long roundId,
            String programCode,
            int total,
            long issued,
            long held,
            long pending,
            boolean finished,
            Instant requestedAt,
            String requestedBy) {

        public int percent() {
            return total == 0 ? 100 : (int) ((issued + held) * 100 / total);
        }
    }

    public Progress progress(long roundId) {
        LetterRound round = em.find(LetterRound.class, roundId);
        if (round == null) {
            throw new DomainException("letter.roundNotFound");
        }
        long issued = count(roundId, LetterRoundItem.State.ISSUED);
        long held = count(roundId, LetterRoundItem.State.HELD);
        return new Progress(
                roundId,
                round.programCode(),
                round.total(),
                issued,
                held,
                round.total() - issued - held,
                round.finished(),
                round.requestedAt(),
                round.requestedBy());
    }

    private long count(long roundId, LetterRoundItem.State state) {
        return em.createQuery(
                        "SELECT COUNT(i) FROM LetterRoundItem i WHERE i.roundId = :round AND i.state = :state",
                        Long.class)
                .setParameter("round", roundId)
                .setParameter("state", state)
                .getSingleResult();
    }

    /** The latest rounds, newest first, for the reviewers' page. */
    public List<Progress> latest(String reviewer, int max) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em
                .createQuery("SELECT r.id FROM LetterRound r ORDER BY r.requestedAt DESC, r.id DESC", Long.class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(this::progress)
                .toList();
    }

    /** The items held back, with why, so that a reviewer can look at them. */
    public List<LetterRoundItem> held(String reviewer, long roundId) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery(
                        "SELECT i FROM LetterRoundItem i WHERE i.roundId = :round AND i.state = :held"
                                + " ORDER BY i.applicationId",
                        LetterRoundItem.class)
                .setParameter("round", roundId)
                .setParameter("held", LetterRoundItem.State.HELD)
                .getResultList();
    }

    /**
     * Hands each letter of a round, as stored, to {@code each} (number, bytes), one at a time so that a ZIP of a
     * large round is written without holding every file in memory. Reviewers only.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void eachLetter(String reviewer, long roundId, BiConsumer<Letter, byte[]> each) {
        applications.requireRole(reviewer, Role.REVIEWER);
        if (em.find(LetterRound.class, roundId) == null) {
            throw new DomainException("letter.roundNotFound");
        }
        List<Long> ids = em.createQuery(
                        "SELECT l.id FROM Letter l WHERE l.roundId = :round ORDER BY l.number", Long.class)
                .setParameter("round", roundId)
                .getResultList();
        for (Long id : ids) {
            Letter letter = em.find(Letter.class, id);
            LetterFile file = em.find(LetterFile.class, id);
            each.accept(letter, file.pdf());
            em.detach(file);
        }
    }
}
