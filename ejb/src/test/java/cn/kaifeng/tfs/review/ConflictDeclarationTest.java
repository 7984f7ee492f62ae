package cn.kaifeng.tfs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.review.domain.ConflictDeclaration;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The declaration rules every panel shares: once, a conflict with its note, cleared only without any conflict. */
class ConflictDeclarationTest {

    @ParameterizedTest(name = "declared before {0}, conflict {1}, note \"{2}\": {3}")
    @CsvSource(
            value = {
                "false|false|null|null",
                "false|false|'  '|null",
                "false|false| 无 |无",
                "false|true|曾任顾问|曾任顾问",
                "false|true|null|panel.conflictNoteRequired",
                "false|true|' '|panel.conflictNoteRequired",
                "true|false|null|panel.alreadyDeclared",
            },
            delimiter = '|',
            nullValues = "null")
    void aDeclarationIsCheckedAndItsNoteKept(boolean before, boolean conflict, String note, String expected) {
        if (expected != null && expected.startsWith("panel.")) {
            DomainException e =
                    assertThrows(DomainException.class, () -> ConflictDeclaration.check(before, conflict, note));
            assertEquals(expected, e.messageKey());
        } else if (expected == null) {
            assertNull(ConflictDeclaration.check(before, conflict, note));
        } else {
            assertEquals(expected, ConflictDeclaration.check(before, conflict, note));
        }
    }

    @ParameterizedTest(name = "declared {0}, conflict {1}, flags {2}: cleared {3}")
    @CsvSource(
            value = {
                "true|false|null|true",
                "true|false|''|true",
                "true|false|SAME_EMPLOYER|false",
                "true|true|null|false",
                "false|null|null|false",
            },
            delimiter = '|',
            nullValues = "null")
    void onlyAnExpertWithoutAnyConflictIsCleared(boolean declared, Boolean conflict, String flags, boolean cleared) {
        Instant at = declared ? Instant.parse("2026-12-01T00:00:00Z") : null;
        assertEquals(cleared, ConflictDeclaration.cleared(at, conflict, flags));
    }
}
