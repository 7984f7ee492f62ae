package cn.kaifeng.tfs.shell.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows stored instants (kept in UTC) as Beijing time, the way the bureau and applicants read a clock:
 * {@code #{times.minute(x)}} gives "2026-11-21 21:01".
 */
@Named
@ApplicationScoped
public class Times {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String second(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }
}
