package cn.kaifeng.tfs.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.audit.domain.AuditChain;
import cn.kaifeng.tfs.audit.domain.AuditRecord;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final List<AuditRecord> chain = new ArrayList<>();
    private String head = AuditChain.GENESIS;

    private void add(long id, String actor, String action, String before, String after) {
        AuditRecord r = new AuditRecord(
                Instant.parse("2026-11-21T08:00:00.123456789Z"), actor, action, "application:7", before, after);
        set(r, "id", id);
        r.link(chain.size() + 1, head);
        head = r.hash();
        chain.add(r);
    }

    private AuditChain.Verdict verify() {
        return AuditChain.verify(chain.iterator(), chain.size(), head);
    }

    private void build() {
        add(1, "demo.applicant", "APPLICATION_SUBMIT", "DRAFT", "SUBMITTED");
        add(51, "demo.reviewer", "APPLICATION_START_REVIEW", "SUBMITTED", "FORMAL_REVIEW");
        add(2, "demo.reviewer", "ATTACHMENT_DOWNLOAD", null, "attachment:3");
        add(52, "demo.reviewer", "APPLICATION_RETURN_FOR_REVISION", "FORMAL_REVIEW", "RETURNED");
    }

    @Test
    void an_untouched_chain_verifies() {
        build();
        AuditChain.Verdict verdict = verify();
        assertTrue(verdict.intact());
        assertEquals(4, verdict.checked());
    }

    @Test
    void changing_any_field_of_any_record_is_found_at_that_record() {
        for (String field : List.of("actor", "action", "subject", "before", "after", "at")) {
            chain.clear();
            head = AuditChain.GENESIS;
            build();
            Object value = field.equals("at") ? Instant.parse("2026-11-21T09:00:00Z") : "changed";
            set(chain.get(1), field, value);
            AuditChain.Verdict verdict = verify();
            assertFalse(verdict.intact(), field);
            assertEquals(2L, verdict.brokenAt(), field);
            assertEquals("ALTERED", verdict.problem(), field);
        }
    }

    @Test
    void a_deleted_record_is_found_in_the_middle_and_at_the_end() {
        build();
        chain.remove(2);
        AuditChain.Verdict middle = verify();
        assertEquals(3L, middle.brokenAt());
        assertEquals("MISSING", middle.problem());

        chain.clear();
        head = AuditChain.GENESIS;
        build();
        String realHead = head;
        chain.remove(3);
        AuditChain.Verdict end = AuditChain.verify(chain.iterator(), 4, realHead);
        assertEquals("TRUNCATED", end.problem());
    }

    @Test
    void a_record_rehashed_after_a_change_still_breaks_the_next_link() {
        build();
        AuditRecord second = chain.get(1);
        set(second, "actor", "someone.else");
        set(second, "hash", AuditChain.hash(second));
        AuditChain.Verdict verdict = verify();
        assertEquals(3L, verdict.brokenAt());
        assertEquals("LINK", verdict.problem());
    }

    @Test
    void moving_text_between_fields_changes_the_hash() {
        AuditRecord a = new AuditRecord(Instant.EPOCH, "ab", "c", "s", null, null);
        AuditRecord b = new AuditRecord(Instant.EPOCH, "a", "bc", "s", null, null);
        a.link(1, AuditChain.GENESIS);
        b.link(1, AuditChain.GENESIS);
        assertFalse(a.hash().equals(b.hash()));
        AuditRecord nullBefore = new AuditRecord(Instant.EPOCH, "a", "b", "s", null, "x");
        AuditRecord emptyBefore = new AuditRecord(Instant.EPOCH, "a", "b", "s", "", "x");
        nullBefore.link(1, AuditChain.GENESIS);
        emptyBefore.link(1, AuditChain.GENESIS);
        assertFalse(nullBefore.hash().equals(emptyBefore.hash()));
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = AuditRecord.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
