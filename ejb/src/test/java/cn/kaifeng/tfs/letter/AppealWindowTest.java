package cn.kaifeng.tfs.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.letter.domain.AppealWindow;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AppealWindowTest {

    /** 2026-11-20 17:30 UTC is 2026-11-21 01:30 in Beijing: the letter is dated the 21st. */
    private static final Instant ISSUED = Instant.parse("2026-11-20T17:30:00Z");

    private static Letter letter(LetterKind kind) {
        return new Letter(
                7L,
                kind,
                "汴财扶贷〔2026〕0001号",
                "7KQ2-M9XD-4HTP",
                "示例公司",
                "KF-XD-CREDIT",
                "信贷",
                null,
                "demo.reviewer",
                ISSUED,
                "0".repeat(64),
                1000,
                null);
    }

    private static String refusal(Letter letter, int days, String reason, Instant now) {
        return assertThrows(DomainException.class, () -> AppealWindow.check(letter, days, reason, now))
                .messageKey();
    }

    @Test
    void theLastDayCountsFromTheLettersDateInBeijing() {
        assertEquals(LocalDate.of(2026, 12, 21), AppealWindow.lastDay(ISSUED, 30));
        assertNull(AppealWindow.lastDay(ISSUED, 0), "no appeal days: no online appeal");
        Letter rejection = letter(LetterKind.REJECTION);
        // the last day is taken whole, to midnight in Beijing
        AppealWindow.check(rejection, 30, "理由", Instant.parse("2026-12-21T15:59:59Z"));
        assertEquals("appeal.tooLate", refusal(rejection, 30, "理由", Instant.parse("2026-12-21T16:00:00Z")));
    }

    @Test
    void onlyARejectionInForceWithAReasonIsAppealed() {
        Instant soon = ISSUED.plusSeconds(3600);
        assertEquals("appeal.notOffered", refusal(letter(LetterKind.REJECTION), 0, "理由", soon));
        assertEquals("appeal.onlyRejections", refusal(letter(LetterKind.APPROVAL), 30, "理由", soon));
        assertEquals("appeal.onlyRejections", refusal(null, 30, "理由", soon));
        Letter revoked = letter(LetterKind.REJECTION);
        revoked.revoke("demo.reviewer", "错发", soon);
        assertEquals("appeal.onlyRejections", refusal(revoked, 30, "理由", soon));
        assertEquals("appeal.reasonRequired", refusal(letter(LetterKind.REJECTION), 30, " \n ", soon));
        assertEquals("appeal.reasonTooLong", refusal(letter(LetterKind.REJECTION), 30, "理".repeat(2001), soon));
        assertTrue(AppealWindow.open(letter(LetterKind.REJECTION), 30, soon));
        assertFalse(AppealWindow.open(letter(LetterKind.APPROVAL), 30, soon));
    }
}
