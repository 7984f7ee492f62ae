package cn.kaifeng.tfs.payment.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.ledger.service.LedgerService;
import cn.kaifeng.tfs.payment.domain.FiledPayment;
import cn.kaifeng.tfs.payment.domain.PayeeAccount;
import cn.kaifeng.tfs.payment.domain.PaymentFile;
import cn.kaifeng.tfs.payment.domain.PaymentFileWriter;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentSource;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import cn.kaifeng.tfs.payment.domain.ReturnFile;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The treasury files (国库集中支付): writing the payment file of the approved payments, downloading it again, and
 * importing the treasury's return file. A payment goes into exactly one file: the approved requests are taken with a
 * row lock and moved to IN_FILE in the transaction that creates the file, and the file's (day, sequence) is unique, so
 * a second node writing at the same moment fails on the file's row and writes nothing. A return file is checked whole
 * before anything is stored; a line imported again is recognised and skipped.
 */
@ApplicationScoped
@Transactional
public class PaymentFileService {

    @Inject
    private Clock clock;

    /** Payment days follow Beijing time, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Who the schedule's files are written by, in the file's row and the audit trail. */
    public static final String SCHEDULE = "scheduler";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PaymentService payments;

    @Inject
    private LedgerService ledger;

    @Inject
    private AuditLog audit;

    @Inject
    private PaymentNotices paymentNotices;

    @Inject
    private Event<PaymentSettled> otherPaid;

    /** What an import did, or the problems that stopped it (then nothing was stored). */
    public record ImportOutcome(List<ReturnFile.Problem> problems, int paid, int failed, int skipped) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    /** A finance officer writes a file now of what is approved; empty when nothing is. */
    public Optional<PaymentFile> generate(String username) {
        payments.requireFinanceOfficer(username);
        return write(username, LocalDate.now(clock.withZone(CHINA)));
    }

    /**
     * The day's file by the schedule, once a day: nothing when the schedule already wrote today's file or nothing is
     * approved. Every node runs it; the unique (day, sequence) lets one of them write it.
     */
    public Optional<PaymentFile> daily() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        boolean written = !em.createQuery(
                        "SELECT f.id FROM PaymentFile f WHERE f.fileDate = :day AND f.createdBy = :schedule",
                        Long.class)
                .setParameter("day", today)
                .setParameter("schedule", SCHEDULE)
                .getResultList()
                .isEmpty();
        return written ? Optional.empty() : write(SCHEDULE, today);
    }

    private Optional<PaymentFile> write(String by, LocalDate day) {
        List<PaymentRequest> approved = em.createQuery(
                        "SELECT p FROM PaymentRequest p WHERE p.status = :approved ORDER BY p.id", PaymentRequest.class)
                .setParameter("approved", PaymentStatus.APPROVED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        Integer last = em.createQuery("SELECT MAX(f.seq) FROM PaymentFile f WHERE f.fileDate = :day", Integer.class)
                .setParameter("day", day)
                .getSingleResult();
        PaymentFile file = new PaymentFile(day, last == null ? 1 : last + 1, by, clock.instant());
        em.persist(file);
        em.flush(); // the (day, sequence) row first: a second node writing the same file stops here
        for (PaymentRequest request : approved) {
            em.refresh(request); // as the database holds it now that this transaction has its lock
            if (request.status() != PaymentStatus.APPROVED) {
                continue;
            }
            PayeeAccount account = em.find(PayeeAccount.class, request.organisationId());
            if (account == null) {
                continue; // approval needs an account and none is ever deleted; kept out of the file, not lost
            }
            em.persist(new FiledPayment(file.id(), request, account));
            request.putInFile(file.id());
            file.add(request.amountFen());
            audit.record(by, "PAYMENT_FILED", request.auditSubject(), "APPROVED", file.fileName());
        }
        audit.record(
                by,
                "PAYMENT_FILE_WRITTEN",
                "payment-file:" + file.id(),
                null,
                file.fileName() + " " + file.lineCount());
        return Optional.of(file);
    }

    /** The files written, newest first, for finance officers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentFile> files(String username) {
        payments.requireFinanceOfficer(username);
        return em.createQuery("SELECT f FROM PaymentFile f ORDER BY f.createdAt DESC, f.id DESC", PaymentFile.class)
                .setMaxResults(100)
                .getResultList();
    }

    /** A file as it was sent (its lines keep the accounts of that moment), for finance officers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(String username, long fileId) {
        payments.requireFinanceOfficer(username);
        PaymentFile file = em.find(PaymentFile.class, fileId);
        if (file == null) {
            throw new DomainException("payment.fileNotFound");
        }
        List<PaymentFileWriter.Line> lines = new ArrayList<>();
        for (FiledPayment filed : em.createQuery(
                        "SELECT l FROM FiledPayment l WHERE l.fileId = :file ORDER BY l.paymentId", FiledPayment.class)
                .setParameter("file", fileId)
                .getResultList()) {
            lines.add(filed.line(em.find(PaymentRequest.class, filed.paymentId())));
        }
        audit.record(username, "PAYMENT_FILE_DOWNLOADED", "payment-file:" + fileId, null, file.fileName());
        return new Download(file.fileName(), PaymentFileWriter.write(lines));
    }

    /** A file's name and bytes. */
    public record Download(String name, byte[] bytes) {}

    /**
     * Imports the treasury's return file: every line is checked (its form, then against the payment it names: known,
     * in a file, the amount sent); with any problem nothing is stored and every problem is returned with its line.
     * Otherwise PAID lines of a tranche post the payment to the ledger (source: the payment) and issue its payment
     * notice (拨付通知, {@link PaymentNotices}; no signing key, no import), PAID lines of another source are announced
     * ({@link PaymentSettled}) for its floor to record, and FAILED lines put the request back
     * in the finance queue with the reason. A line whose outcome is already recorded (the same result and reference)
     * is skipped, so importing a file twice changes nothing.
     */
    public ImportOutcome importReturn(String username, byte[] bytes) {
        payments.requireFinanceOfficer(username);
        ReturnFile file = ReturnFile.parse(bytes);
        if (!file.problems().isEmpty()) {
            return new ImportOutcome(file.problems(), 0, 0, 0);
        }
        List<ReturnFile.Problem> problems = new ArrayList<>();
        List<ReturnFile.Line> toApply = new ArrayList<>();
        int skipped = 0;
        for (ReturnFile.Line line : file.lines()) {
            PaymentRequest request = em.find(PaymentRequest.class, line.paymentId(), LockModeType.PESSIMISTIC_WRITE);
            if (request == null) {
                problems.add(new ReturnFile.Problem(
                        line.lineNo(), "payment.return.unknown", String.valueOf(line.paymentId())));
            } else if (request.amountFen() != line.amountFen()) {
                problems.add(new ReturnFile.Problem(
                        line.lineNo(),
                        "payment.return.amountMismatch",
                        String.valueOf(line.paymentId()),
                        request.amount().yuan()));
            } else if (alreadyRecorded(request, line)) {
                skipped++;
            } else if (request.status() != PaymentStatus.IN_FILE) {
                problems.add(new ReturnFile.Problem(
                        line.lineNo(), "payment.return.notInFile", String.valueOf(line.paymentId())));
            } else {
                toApply.add(line);
            }
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome(problems, 0, 0, 0);
        }
        int paid = 0;
        int failed = 0;
        Instant now = clock.instant();
        for (ReturnFile.Line line : toApply) {
            PaymentRequest request = em.find(PaymentRequest.class, line.paymentId());
            if (line.result() == ReturnFile.Result.PAID) {
                request.paid(line.reference(), now);
                if (request.sourceKind() == PaymentSource.TRANCHE) {
                    ledger.pay(request.applicationId(), request.amount(), request.id(), username);
                    paymentNotices.paid(request, username);
                } else {
                    otherPaid.fire(new PaymentSettled(
                            request.id(), request.sourceKind(), request.sourceId(), request.amountFen(), username));
                }
                paid++;
            } else {
                request.failed(line.reference(), line.reason(), now);
                failed++;
            }
            audit.record(
                    username,
                    "PAYMENT_" + line.result().name(),
                    request.auditSubject(),
                    "IN_FILE",
                    line.reference() + (line.reason() == null ? "" : " " + line.reason()));
        }
        return new ImportOutcome(List.of(), paid, failed, skipped);
    }

    /** The line's outcome is the one already recorded for this payment (the same result and treasury reference). */
    private static boolean alreadyRecorded(PaymentRequest request, ReturnFile.Line line) {
        if (request.treasuryRef() == null || !request.treasuryRef().equals(line.reference())) {
            return false;
        }
        return line.result() == ReturnFile.Result.PAID
                ? request.status() == PaymentStatus.PAID
                : request.status() != PaymentStatus.PAID && request.failureReason() != null;
    }
}
