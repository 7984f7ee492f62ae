package cn.kaifeng.tfs.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.domain.Move;
import cn.kaifeng.tfs.program.domain.ReviewPath;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every step from every state, legal or not, written out by hand: the state machine must match this table. */
class LifecycleTest {

    private static final ReviewPath FULL =
            new ReviewPath(true, true, 5, 7, true, null, ReviewPath.DEFAULT_SECOND_APPROVAL_ABOVE, 30);
    private static final ReviewPath NO_PANEL = new ReviewPath(true, false, 0, 3);
    private static final ReviewPath NO_FORMAL_NO_NOTICE =
            new ReviewPath(false, false, 0, 0, true, null, ReviewPath.DEFAULT_SECOND_APPROVAL_ABOVE, 30);

    /** The legal steps of a program with formal review, an expert panel and public notice. */
    private static final String FULL_TABLE = """
            DRAFT SUBMIT SUBMITTED
            RETURNED RESUBMIT SUBMITTED
            SUBMITTED WITHDRAW WITHDRAWN
            FORMAL_REVIEW WITHDRAW WITHDRAWN
            RETURNED WITHDRAW WITHDRAWN
            EXPERT_REVIEW WITHDRAW WITHDRAWN
            REVIEW_CONCLUDED WITHDRAW WITHDRAWN
            PUBLIC_NOTICE WITHDRAW WITHDRAWN
            OBJECTED WITHDRAW WITHDRAWN
            AWAITING_DECISION WITHDRAW WITHDRAWN
            AWAITING_SECOND_APPROVAL WITHDRAW WITHDRAWN
            SUBMITTED START_REVIEW FORMAL_REVIEW
            FORMAL_REVIEW RETURN_FOR_REVISION RETURNED
            FORMAL_REVIEW PASS_FORMAL_REVIEW EXPERT_REVIEW
            FORMAL_REVIEW REJECT REJECTED
            EXPERT_REVIEW CONCLUDE_PANEL REVIEW_CONCLUDED
            REVIEW_CONCLUDED PROPOSE_APPROVAL PUBLIC_NOTICE
            REVIEW_CONCLUDED REJECT REJECTED
            PUBLIC_NOTICE OBJECT OBJECTED
            PUBLIC_NOTICE END_NOTICE AWAITING_DECISION
            OBJECTED DISMISS_OBJECTION PUBLIC_NOTICE
            OBJECTED UPHOLD_OBJECTION REJECTED
            AWAITING_DECISION APPROVE APPROVED
            AWAITING_DECISION REQUEST_SECOND_APPROVAL AWAITING_SECOND_APPROVAL
            AWAITING_DECISION REJECT REJECTED
            AWAITING_SECOND_APPROVAL CONFIRM_APPROVAL APPROVED
            AWAITING_SECOND_APPROVAL DECLINE_APPROVAL AWAITING_DECISION
            APPROVED ISSUE_LETTER LETTER_ISSUED
            REJECTED ISSUE_LETTER LETTER_ISSUED
            LETTER_ISSUED APPEAL APPEALED
            APPEALED REOPEN FORMAL_REVIEW
            APPEALED DISMISS_APPEAL LETTER_ISSUED
            """;

    @Test
    void every_step_from_every_state_is_as_the_table_says() {
        Map<String, String> legal = table(FULL_TABLE);
        int refused = 0;
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (Move move : Move.values()) {
                String key = status + " " + move;
                if (legal.containsKey(key)) {
                    assertEquals(legal.get(key), move.target(status, FULL).name(), key);
                } else {
                    DomainException e = assertThrows(DomainException.class, () -> move.target(status, FULL), key);
                    assertEquals("application.illegalMove", e.messageKey());
                    refused++;
                }
            }
        }
        assertEquals(ApplicationStatus.values().length * Move.values().length - legal.size(), refused);
    }

    @Test
    void without_a_panel_formal_review_leads_straight_to_review_concluded() {
        assertEquals(
                ApplicationStatus.REVIEW_CONCLUDED,
                Move.PASS_FORMAL_REVIEW.target(ApplicationStatus.FORMAL_REVIEW, NO_PANEL));
        assertThrows(
                DomainException.class, () -> Move.CONCLUDE_PANEL.target(ApplicationStatus.EXPERT_REVIEW, NO_PANEL));
    }

    @Test
    void without_formal_review_or_notice_the_steps_skip_them() {
        assertEquals(
                ApplicationStatus.REVIEW_CONCLUDED,
                Move.START_REVIEW.target(ApplicationStatus.SUBMITTED, NO_FORMAL_NO_NOTICE));
        assertEquals(
                ApplicationStatus.AWAITING_DECISION,
                Move.PROPOSE_APPROVAL.target(ApplicationStatus.REVIEW_CONCLUDED, NO_FORMAL_NO_NOTICE));
        assertEquals(
                ApplicationStatus.REVIEW_CONCLUDED,
                Move.REOPEN.target(ApplicationStatus.APPEALED, NO_FORMAL_NO_NOTICE));
        for (Move noNotice : new Move[] {Move.OBJECT, Move.END_NOTICE}) {
            assertThrows(
                    DomainException.class,
                    () -> noNotice.target(ApplicationStatus.PUBLIC_NOTICE, NO_FORMAL_NO_NOTICE),
                    noNotice.name());
        }
        assertThrows(
                DomainException.class,
                () -> Move.RETURN_FOR_REVISION.target(ApplicationStatus.FORMAL_REVIEW, NO_FORMAL_NO_NOTICE));
    }

    @Test
    void without_appeal_days_a_letter_is_final_online() {
        for (Move appealStep : new Move[] {Move.APPEAL, Move.REOPEN, Move.DISMISS_APPEAL}) {
            assertFalse(appealStep.appliesTo(NO_PANEL), appealStep.name());
        }
        assertThrows(DomainException.class, () -> Move.APPEAL.target(ApplicationStatus.LETTER_ISSUED, NO_PANEL));
    }

    @Test
    void only_drafts_and_returned_applications_can_be_edited() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(
                    status == ApplicationStatus.DRAFT || status == ApplicationStatus.RETURNED,
                    status.editable(),
                    status.name());
        }
    }

    private static Map<String, String> table(String text) {
        Map<String, String> legal = new TreeMap<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] parts = line.split(" ");
            legal.put(parts[0] + " " + parts[1], parts[2]);
        });
        return legal;
    }
}
