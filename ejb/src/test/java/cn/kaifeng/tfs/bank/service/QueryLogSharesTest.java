package cn.kaifeng.tfs.bank.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.domain.QuerySubject;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One bank cannot starve the others of the query log's queue: a bank holds at most its share of the places, and a
 * caller found over its minute's limit is refused before it takes a place, until its minute ends.
 */
class QueryLogSharesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:20Z");

    private final Caller flooding = new Caller(1, "BC-FLOODING", QueryChannel.API, 1_000_000);
    private final Caller other = new Caller(2, "BC-OTHER", QueryChannel.API, 1_000_000);

    /** A writer that holds every batch until released, admitting all or refusing all for their limit. */
    static final class HeldWriter extends QueryLogWriter {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger written = new AtomicInteger();
        volatile boolean overLimit;

        @Override
        public List<QueryLog.Admission> write(List<QueryLog.Entry> batch, Instant now) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.addAndGet(batch.size());
            List<QueryLog.Admission> admissions = new ArrayList<>();
            batch.forEach(e ->
                    admissions.add(overLimit ? new QueryLog.Admission(false, 40) : new QueryLog.Admission(true, 0)));
            return admissions;
        }
    }

    private final HeldWriter writer = new HeldWriter();
    private final QueryLog log = log(writer);

    private static QueryLog log(QueryLogWriter writer) {
        QueryLog log = new QueryLog();
        log.writer = writer;
        log.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        log.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                return new Thread(r);
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
        return log;
    }

    @AfterEach
    void stop() {
        writer.release.countDown();
        log.stop();
    }

    private CompletableFuture<QueryLog.Admission> record(Caller caller) {
        return log.record(caller, QuerySubject.LETTER, "x", QueryPurpose.PRE_LOAN, "OK")
                .toCompletableFuture();
    }

    @Test
    void aFloodingBankIsRefusedAtItsShareWhileAnotherBankStillGetsAPlace() throws Exception {
        List<CompletableFuture<QueryLog.Admission>> held = new ArrayList<>();
        for (int i = 0; i < QueryLog.MAX_WAITING_PER_BANK; i++) {
            held.add(record(flooding));
        }
        CompletableFuture<QueryLog.Admission> oneTooMany = record(flooding);
        assertTrue(oneTooMany.isCompletedExceptionally(), "refused at once, without a place");
        ExecutionException busy =
                org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, oneTooMany::get);
        assertEquals("bank.busy", ((DomainException) busy.getCause()).messageKey());

        CompletableFuture<QueryLog.Admission> theOther = record(other);
        assertFalse(theOther.isDone(), "the other bank's query waits for its record, like any other");

        writer.release.countDown();
        assertTrue(theOther.get(30, TimeUnit.SECONDS).admitted());
        for (CompletableFuture<QueryLog.Admission> h : held) {
            assertTrue(h.get(30, TimeUnit.SECONDS).admitted());
        }
        assertTrue(record(flooding).get(30, TimeUnit.SECONDS).admitted(), "its places are back once written");
    }

    @Test
    void aCallerOverItsLimitIsRefusedBeforeItTakesAPlaceUntilItsMinuteEnds() throws Exception {
        writer.overLimit = true;
        writer.release.countDown();
        QueryLog.Admission first = record(flooding).get(30, TimeUnit.SECONDS);
        assertFalse(first.admitted(), "the writer judged the limit");
        int written = writer.written.get();

        CompletableFuture<QueryLog.Admission> next = record(flooding);
        assertTrue(next.isDone(), "answered at once");
        assertFalse(next.get().admitted());
        assertEquals(40, next.get().retryAfterSeconds(), "until the end of the minute (10:15:20 to 10:16:00)");
        assertEquals(written, writer.written.get(), "and it took no place in the queue");

        writer.overLimit = false;
        assertTrue(record(other).get(30, TimeUnit.SECONDS).admitted(), "another caller is not affected");
    }
}
