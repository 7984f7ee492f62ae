package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits, on the caller's own thread, until a query is recorded. Waiting here rather than chaining the answer onto
 * the recording keeps the work of writing each answer on its request's thread: chained stages would run on the
 * query log's single writer thread, which would then serialise every answer of the server one after the other.
 */
public final class Recording {

    /** Longer than any healthy commit; beyond it the caller is told the server is busy and may retry. */
    static final long TIMEOUT_SECONDS = 30;

    private Recording() {}

    public static <T> T await(CompletionStage<T> recording) {
        try {
            return recording.toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("bank.busy");
        } catch (TimeoutException e) {
            throw new DomainException("bank.busy");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("bank.busy");
        }
    }
}
