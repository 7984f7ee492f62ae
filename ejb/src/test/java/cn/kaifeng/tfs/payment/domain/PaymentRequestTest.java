package cn.kaifeng.tfs.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The payment request's state machine and its four eyes, as tables of moves and what each must lead to. */
class PaymentRequestTest {

    private static final Instant T = Instant.parse("2026-12-07T08:00:00Z");

    /** A request of {@code fen}, with a second finance approval needed above {@code threshold}. */
    static PaymentRequest request(long fen, long threshold) {
        return new PaymentRequest(7, "KF-2026-0007", "KF-RC-TEAM", 3, 1, fen, "资助 第1笔", "2130199", threshold, T);
    }

    static Consumer<PaymentRequest> review(String by) {
        return r -> r.review(by);
    }

    static Consumer<PaymentRequest> approve(String by) {
        return r -> r.approve(by, T);
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                // at or below the threshold: reviewer, then one finance officer
                Arguments.of(100, 100, List.of(review("rev"), approve("fin1")), PaymentStatus.APPROVED),
                Arguments.of(100, 100, List.of(review("rev")), PaymentStatus.REVIEWED),
                // above it: two finance officers
                Arguments.of(101, 100, List.of(review("rev"), approve("fin1")), PaymentStatus.FIRST_APPROVED),
                Arguments.of(
                        101, 100, List.of(review("rev"), approve("fin1"), approve("fin2")), PaymentStatus.APPROVED),
                Arguments.of(
                        100,
                        100,
                        List.<Consumer<PaymentRequest>>of(review("rev"), approve("fin1"), r -> r.putInFile(5)),
                        PaymentStatus.IN_FILE),
                Arguments.of(
                        100,
                        100,
                        List.<Consumer<PaymentRequest>>of(
                                review("rev"), approve("fin1"), r -> r.putInFile(5), r -> r.paid("GK1", T)),
                        PaymentStatus.PAID),
                Arguments.of(
                        100,
                        100,
                        List.<Consumer<PaymentRequest>>of(
                                review("rev"), approve("fin1"), r -> r.putInFile(5), r -> r.failed("GK1", "账户已销户", T)),
                        PaymentStatus.FAILED),
                // a failed payment is approved again (even by the same officer: it is a new approval) into a later file
                Arguments.of(
                        100,
                        100,
                        List.<Consumer<PaymentRequest>>of(
                                review("rev"),
                                approve("fin1"),
                                r -> r.putInFile(5),
                                r -> r.failed("GK1", "账户已销户", T),
                                approve("fin1"),
                                r -> r.putInFile(6)),
                        PaymentStatus.IN_FILE));
    }

    @ParameterizedTest
    @MethodSource("allowed")
    void movesLeadWhereTheyShould(long fen, long threshold, List<Consumer<PaymentRequest>> moves, PaymentStatus end) {
        PaymentRequest r = request(fen, threshold);
        moves.forEach(m -> m.accept(r));
        assertEquals(end, r.status());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // finance before the reviewer
                Arguments.of(100, 100, List.of(), approve("fin1"), "payment.notAwaitingFinance"),
                // the reviewer approves twice, or approves as finance officer
                Arguments.of(100, 100, List.of(review("rev")), review("rev2"), "payment.wrongStatus"),
                Arguments.of(100, 100, List.of(review("rev")), approve("rev"), "payment.reviewerCannotApprove"),
                // the same finance officer twice above the threshold
                Arguments.of(
                        101, 100, List.of(review("rev"), approve("fin1")), approve("fin1"), "payment.alreadyApproved"),
                // the reviewer as second finance officer
                Arguments.of(
                        101,
                        100,
                        List.of(review("rev"), approve("fin1")),
                        approve("rev"),
                        "payment.reviewerCannotApprove"),
                // approved already: no more approvals
                Arguments.of(
                        100,
                        100,
                        List.of(review("rev"), approve("fin1")),
                        approve("fin2"),
                        "payment.notAwaitingFinance"),
                // filing, paying and failing out of order
                Arguments.of(
                        100,
                        100,
                        List.of(review("rev")),
                        (Consumer<PaymentRequest>) r -> r.putInFile(1),
                        "payment.wrongStatus"),
                Arguments.of(
                        100,
                        100,
                        List.of(review("rev"), approve("fin1")),
                        (Consumer<PaymentRequest>) r -> r.paid("GK1", T),
                        "payment.wrongStatus"),
                Arguments.of(
                        100,
                        100,
                        List.<Consumer<PaymentRequest>>of(
                                review("rev"), approve("fin1"), r -> r.putInFile(5), r -> r.paid("GK", T)),
                        (Consumer<PaymentRequest>) r -> r.failed("GK", "x", T),
                        "payment.wrongStatus"),
                Arguments.of(
                        100,
                        100,
                        List.<Consumer<PaymentRequest>>of(review("rev"), approve("fin1"), r -> r.putInFile(5)),
                        (Consumer<PaymentRequest>) r -> r.failed("GK", " ", T),
                        "payment.reasonRequired"),
                Arguments.of(100, 100, List.of(), review(" "), "payment.noActor"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void illegalMovesAreRefusedAndChangeNothing(
            long fen,
            long threshold,
            List<Consumer<PaymentRequest>> before,
            Consumer<PaymentRequest> move,
            String key) {
        PaymentRequest r = request(fen, threshold);
        before.forEach(m -> m.accept(r));
        PaymentStatus was = r.status();
        DomainException e = assertThrows(DomainException.class, () -> move.accept(r));
        assertEquals(key, e.messageKey());
        assertEquals(was, r.status());
    }

    @Test
    void aFailureForgetsTheFinanceApprovalsAndKeepsTheReason() {
        PaymentRequest r = request(101, 100);
        r.review("rev");
        r.approve("fin1", T);
        r.approve("fin2", T);
        r.putInFile(5);
        r.failed("GK9", "户名不符", T);
        assertNull(r.firstFinanceBy());
        assertNull(r.secondFinanceBy());
        assertEquals("rev", r.reviewedBy());
        assertEquals("户名不符", r.failureReason());
        assertEquals(PaymentStatus.FIRST_APPROVED, r.approve("fin2", T), "two approvals again above the threshold");
    }

    @Test
    void aRequestNeedsAPositiveAmountAndItsTexts() {
        assertEquals(
                "payment.amountPositive",
                assertThrows(DomainException.class, () -> request(0, 0)).messageKey());
        assertEquals(
                "payment.badTranche",
                assertThrows(DomainException.class, () -> new PaymentRequest(1, "N", "P", 1, 1, 5, " ", "B", 0, T))
                        .messageKey());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "100,0,50,true",
        "100,0,101,false",
        "100,60,40,true",
        "100,60,41,false"
    })
    void theCoverIsWhatIsCommittedLessWhatIsInFlight(long committed, long inFlight, long asked, boolean covered) {
        AwardCover cover = new AwardCover(committed, inFlight);
        if (covered) {
            cover.require(asked);
        } else {
            assertEquals(
                    "payment.beyondAward",
                    assertThrows(DomainException.class, () -> cover.require(asked))
                            .messageKey());
        }
    }
}
