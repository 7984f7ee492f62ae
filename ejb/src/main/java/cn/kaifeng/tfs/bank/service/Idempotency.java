package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A bank's write sent with an {@code Idempotency-Key} (a loan report, an event on a loan): a retry with the same key
 * and body gets the first answer instead of a second record, a reused key with another body is refused. The lookup of
 * the earlier record and the record itself are the caller's, each in a transaction of its own; the unique key on the
 * table is what makes two requests racing with one key record once.
 */
public final class Idempotency {

    private Idempotency() {}

    /** Refuses a key that is not 1 to 64 visible ASCII characters; no key at all is allowed. */
    public static void requireWellFormed(String key) {
        if (key != null && !LoanReportService.KEY.matcher(key).matches()) {
            throw new DomainException("bank.idempotencyKey.malformed");
        }
    }

    /**
     * The earlier answer under this key if there is one, otherwise the new record; if recording fails while another
     * request with the same key got in first, that request's answer. Without a key, simply the record.
     */
    public static <T> T once(String key, Supplier<Optional<T>> earlier, Supplier<T> record) {
        if (key == null) {
            return record.get();
        }
        Optional<T> before = earlier.get();
        if (before.isPresent()) {
            return before.get();
        }
        try {
            return record.get();
        } catch (RuntimeException e) {
            // two requests with the same key at once: the unique key let one through; the other finds it now
            Optional<T> raced = earlier.get();
            if (raced.isPresent()) {
                return raced.get();
            }
            throw e;
        }
    }
}
