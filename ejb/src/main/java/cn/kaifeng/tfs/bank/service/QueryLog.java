package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.domain.QuerySubject;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Records every bank query durably before its answer is sent, and applies the callers' rate limits, with one
 * committed statement for many queries (group commit). A query waits until its record is committed; only then is
 * it told whether it may have its answer. Thousands of queries a second thus cost hundreds of commits, not thousands,
 * and the rate-limit counters (one row per caller and minute, shared by every node) are not fought over by every
 * request: a node claims quota ahead from them and admits from its claim ({@link RateLeases}), so a busy caller's row
 * is updated by one batch in sixteen rather than by every batch of every node, one after the other.
 * The answers themselves are read before, on the request's own thread ({@link EligibilityService}): the writer
 * only admits and records, so that the reads of many requests run side by side instead of one after the other on
 * the writer's thread.
 *
 * <p>Nothing is acknowledged before it is committed, so a node that dies loses only queries that were never
 * answered. The queue is bounded: when the database cannot keep up, new queries are refused with "busy" at once
 * rather than piling up.
 *
 * <p>One bank cannot starve the others: a bank may hold at most {@value #MAX_WAITING_PER_BANK} of the queue's
 * places, and a caller that the writer found over its minute's limit is refused at once, before it takes a place,
 * until its minute ends (it is answered 429 as before; such refusals are not recorded one by one: they were answered
 * nothing, and recording each would let a flood fill the log). Both are this node's own: they bound this node's
 * queue, which is in this node's memory; the limit itself is the shared counter's.
 */
@ApplicationScoped
public class QueryLog {

    /** Whether a query is let through; {@code retryAfterSeconds} is set when the caller is over its limit. */
    public record Admission(boolean admitted, long retryAfterSeconds) {}

    /** One query to record, with the result it was answered with. */
    public record Entry(
            Caller caller, QuerySubject subject, String askedAbout, QueryPurpose purpose, String result, Instant at) {}

    record Waiting(Entry entry, CompletableFuture<Admission> admission) {}

    static final int MAX_WAITING = 20_000;
    static final int MAX_BATCH = 500;
    /** An eighth of the queue: a flooding bank leaves seven eighths to the others. */
    static final int MAX_WAITING_PER_BANK = MAX_WAITING / 8;

    private static final Logger LOG = Logger.getLogger(QueryLog.class);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    QueryLogWriter writer;

    private final BlockingQueue<Waiting> queue = new ArrayBlockingQueue<>(MAX_WAITING);
    /** Places in the queue each bank holds now. */
    private final Map<Long, AtomicInteger> waitingPerBank = new ConcurrentHashMap<>();
    /** Callers the writer refused for their limit, with the minute in which it did. */
    private final Map<String, Instant> overLimit = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    private volatile Thread worker;
    private volatile boolean stopping;

    /**
     * Records a query answered already (an eligibility answer, a letter verified, a malformed code); completes once
     * it is committed, with whether the caller is within its limit: the answer may be given only if it is.
     */
    public CompletionStage<Admission> record(
            Caller caller, QuerySubject subject, String askedAbout, QueryPurpose purpose, String result) {
        return enqueue(
                new Entry(caller, subject, askedAbout, purpose, Objects.requireNonNull(result), clock.instant()));
    }

    /**
     * The seconds a caller must wait when this node already knows it is over its minute's limit: a check before any
     * costly work (reading eligibility, parsing an uploaded letter) that the caller would be refused anyway.
     */
    public java.util.OptionalLong knownOverLimit(Caller caller) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        if (!window.equals(overLimit.get(caller.name()))) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Math.max(
                1, Duration.between(now, window.plus(1, ChronoUnit.MINUTES)).toSeconds()));
    }

    /** The time queries are recorded at (a test moves it). */
    Instant now() {
        return clock.instant();
    }

    private CompletionStage<Admission> enqueue(Entry entry) {
        ensureStarted();
        Waiting waiting = new Waiting(entry, new CompletableFuture<>());
        Instant window = entry.at().truncatedTo(ChronoUnit.MINUTES);
        if (window.equals(overLimit.get(entry.caller().name()))) {
            long retryAfter = Math.max(
                    1,
                    Duration.between(entry.at(), window.plus(1, ChronoUnit.MINUTES))
                            .toSeconds());
            waiting.admission().complete(new Admission(false, retryAfter));
            return waiting.admission();
        }
        AtomicInteger places = waitingPerBank.computeIfAbsent(entry.caller().bankId(), bank -> new AtomicInteger());
        if (places.incrementAndGet() > MAX_WAITING_PER_BANK) {
            places.decrementAndGet();
            waiting.admission().completeExceptionally(new DomainException("bank.busy"));
            return waiting.admission();
        }
        waiting.admission().whenComplete((admission, refused) -> places.decrementAndGet());
        if (stopping || !queue.offer(waiting)) {
            waiting.admission().completeExceptionally(new DomainException("bank.busy"));
        }
        return waiting.admission();
    }

    private void ensureStarted() {
        if (worker == null) {
            synchronized (this) {
                if (worker == null && !stopping) {
                    Thread t = threads.newThread(this::run);
                    t.setName("tfs-bank-query-log");
                    t.setDaemon(true);
                    t.start();
                    worker = t;
                }
            }
        }
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping) {
            try {
                Waiting first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        List<Waiting> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(w -> w.admission().completeExceptionally(new DomainException("bank.busy")));
    }

    private void write(List<Waiting> batch) {
        List<Admission> admissions;
        Instant now = clock.instant();
        try {
            admissions = writer.write(batch.stream().map(Waiting::entry).toList(), now);
        } catch (RuntimeException e) {
            // the database is away: these queries were not recorded, so they get no answer; the caller may retry
            LOG.warnf("Bank queries could not be recorded (%d refused): %s", batch.size(), e.toString());
            batch.forEach(w -> w.admission().completeExceptionally(new DomainException("bank.busy")));
            return;
        }
        // the writer judged the limits in the minute of now: a caller it refused is refused at once until then
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        overLimit.values().removeIf(minute -> minute.isBefore(window));
        for (int i = 0; i < batch.size(); i++) {
            Admission admission = admissions.get(i);
            if (!admission.admitted() && admission.retryAfterSeconds() > 0) {
                overLimit.put(batch.get(i).entry().caller().name(), window);
            }
            batch.get(i).admission().complete(admission);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }
}
