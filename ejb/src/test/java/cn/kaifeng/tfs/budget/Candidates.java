package cn.kaifeng.tfs.budget;

import cn.kaifeng.tfs.budget.domain.Candidate;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Candidates written the short way the tables need: "number total amount [section=points ...] @minute". */
final class Candidates {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private Candidates() {}

    /** E.g. {@code "A 80 500000 technology=30 @5"}: A, 80 points, 500,000 yuan, 30 in technology, at T0 + 5 min. */
    static Candidate parse(String text) {
        String[] parts = text.strip().split("\\s+");
        Map<String, BigDecimal> sections = new LinkedHashMap<>();
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        Instant at = T0;
        for (int i = 3; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("@")) {
                at = T0.plusSeconds(60L * Long.parseLong(part.substring(1)));
            } else if (part.startsWith("c:")) {
                String[] kv = part.substring(2).split("=");
                criteria.put(kv[0], new BigDecimal(kv[1]));
            } else {
                String[] kv = part.split("=");
                sections.put(kv[0], new BigDecimal(kv[1]));
            }
        }
        return new Candidate(
                parts[0].hashCode(),
                parts[0],
                "单位" + parts[0],
                ApplicationStatus.REVIEW_CONCLUDED,
                new BigDecimal(parts[1]),
                sections,
                criteria,
                at,
                Money.ofYuan(parts[2]));
    }
}
