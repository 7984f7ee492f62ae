package cn.kaifeng.tfs.limit.domain;

import cn.kaifeng.tfs.shared.domain.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often one address did one public action in one fixed window. The key is a digest of the action, the address
 * and the window's start: an address is personal data, and the count needs only to tell addresses apart.
 */
@Entity
@Table(name = "address_limit_window")
public class AddressWindow {

    @Id
    @Column(length = 64)
    private String subject;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int used;

    protected AddressWindow() {
        // for JPA
    }

    public AddressWindow(PublicAction action, String address, Instant now) {
        this.windowStart = start(action, now);
        this.subject = subject(action, address, windowStart);
    }

    /** The window an instant falls in: windows are aligned to the epoch, so every node agrees on them. */
    public static Instant start(PublicAction action, Instant now) {
        long size = action.window().toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    public static String subject(PublicAction action, String address, Instant windowStart) {
        return Sha256.hex(action.name() + "\n" + address + "\n" + windowStart.toEpochMilli());
    }

    /**
     * Counts one use now if the window has room; otherwise how long until the window ends (and a refused use is not
     * counted, so a flood does not extend its own wait).
     */
    public Optional<Duration> take(PublicAction action, Instant now) {
        if (used >= action.limit()) {
            Duration left = Duration.between(now, windowStart.plus(action.window()));
            return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
        }
        used++;
        return Optional.empty();
    }

    public int used() {
        return used;
    }
}
