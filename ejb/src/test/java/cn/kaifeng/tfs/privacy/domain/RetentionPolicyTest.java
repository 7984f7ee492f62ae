package cn.kaifeng.tfs.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.privacy.domain.RetentionRule.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:17:00Z");

    @Test
    void everyClassOfDataHasExactlyOneRule() {
        for (DataClass c : DataClass.values()) {
            assertEquals(
                    1,
                    RetentionPolicy.RULES.stream()
                            .filter(r -> r.dataClass() == c)
                            .count(),
                    c.name());
        }
        assertEquals(DataClass.values().length, RetentionPolicy.RULES.size());
    }

    @Test
    void theCutOffIsThePeriodBeforeNow() {
        assertEquals(
                Optional.of(Instant.parse("2025-11-22T03:17:00Z")),
                RetentionPolicy.of(DataClass.UNSUBMITTED_DRAFTS).cutOff(NOW));
        assertEquals(
                Optional.of(NOW.minus(Duration.ofDays(180))),
                RetentionPolicy.of(DataClass.OBJECTOR_CONTACTS).cutOff(NOW));
        assertEquals(
                Action.ERASE, RetentionPolicy.of(DataClass.OBJECTOR_CONTACTS).action());
    }

    @Test
    void caseFilesAndTheAuditTrailAreNeverRemovedBySystem() {
        for (DataClass kept : new DataClass[] {DataClass.CASE_FILES, DataClass.AUDIT_TRAIL}) {
            RetentionRule rule = RetentionPolicy.of(kept);
            assertEquals(Action.KEEP, rule.action());
            assertTrue(rule.cutOff(NOW).isEmpty());
        }
    }

    @Test
    void aRuleSaysHowLongExactlyWhenItRemovesAndNeverWhenItKeeps() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetentionRule(DataClass.NOTIFICATIONS, Optional.empty(), Action.DELETE, "x"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetentionRule(DataClass.AUDIT_TRAIL, Optional.of(Duration.ofDays(1)), Action.KEEP, "x"));
        assertTrue(Arrays.stream(DataClass.values())
                .allMatch(c -> RetentionPolicy.of(c).basis().endsWith(c.name())));
    }
}
