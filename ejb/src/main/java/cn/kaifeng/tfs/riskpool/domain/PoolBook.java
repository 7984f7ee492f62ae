package cn.kaifeng.tfs.riskpool.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pool's book: its money as double-entry postings and the loans it covers, with their lives. Each operation is
 * checked first and then applied, so a refused one changes nothing: coverage is decided by {@link Coverage} against
 * what the pool covers now; a claim pays the pool's share of the loss not yet recovered, once per loan, and only from
 * money the pool has; a recovery after the claim brings the pool's share back; a subsidy follows the agreement's
 * rule. The balance therefore never goes below zero, and the caps and the leverage limit, checked at each grant, hold
 * ever after, since a covered loan's balance only goes down.
 */
public final class PoolBook {

    /** A loan the pool covers. */
    public record CoveredLoan(long id, Coverage.Loan loan, LoanLife life) {}

    private final PoolAgreement agreement;
    private final Map<Long, CoveredLoan> loans = new LinkedHashMap<>();
    private final Map<Long, Long> claimedFen = new HashMap<>();
    private final Map<String, Long> subsidised = new HashMap<>();
    private final Map<PoolAccount, Long> balances = new EnumMap<>(PoolAccount.class);
    private final List<PoolPosting> postings = new ArrayList<>();

    public PoolBook(PoolAgreement agreement) {
        this.agreement = agreement;
        for (PoolAccount a : PoolAccount.values()) {
            balances.put(a, 0L);
        }
    }

    /** The city puts money into the pool. */
    public void fund(long fundingId, long fen) {
        if (fen <= 0) {
            throw new DomainException("riskpool.amountPositive");
        }
        post(PoolAccount.POOL, PoolAccount.FUNDING, fen, PoolPosting.SourceKind.FUNDING, fundingId);
    }

    /** Decides coverage for a loan granted now and, when covered, takes it into the book. */
    public Coverage.Decision grant(long loanId, Coverage.Loan loan, Collection<Coverage.EligibilityProof> proofs) {
        if (loans.containsKey(loanId)) {
            throw new IllegalArgumentException("loan " + loanId + " is in the book already");
        }
        Coverage.Decision decision = Coverage.decide(agreement, loan, exposure(loan.bank()), proofs);
        if (decision.covered()) {
            loans.put(loanId, new CoveredLoan(loanId, loan, new LoanLife(loan.amountFen(), loan.grantedOn())));
        }
        return decision;
    }

    /**
     * Applies a reported event to a covered loan. A recovery on a loan already claimed brings the pool its share
     * back (the agreed ratios, {@link Shares#split}); before a claim the recovery lowers what may be claimed.
     */
    public void event(long loanId, long eventId, LoanEvent event, LocalDate today) {
        CoveredLoan covered = covered(loanId);
        covered.life().apply(event, today);
        if (event instanceof LoanEvent.Recovery r && claimedFen.containsKey(loanId)) {
            long back = recoveryShare(agreement, r.amountFen());
            if (back > 0) {
                post(PoolAccount.POOL, PoolAccount.RECOVERED, back, PoolPosting.SourceKind.LOAN_EVENT, eventId);
            }
        }
    }

    /** What a claim on the loan would pay now: the pool's share of its loss not yet recovered. */
    public long claimable(long loanId) {
        return claimable(agreement, covered(loanId).life(), claimedFen.containsKey(loanId));
    }

    /**
     * The rule of {@link #claimable(long)} for one loan, shared with the stored book: only a defaulted or written-off
     * loan, only once, and the pool's share (the agreed ratios) of its loss not yet recovered.
     */
    public static long claimable(PoolAgreement agreement, LoanLife life, boolean claimedBefore) {
        if (life.state() != LoanState.DEFAULTED && life.state() != LoanState.WRITTEN_OFF) {
            throw new DomainException("riskpool.claim.notDefaulted");
        }
        if (claimedBefore) {
            throw new DomainException("riskpool.claim.twice");
        }
        return agreement.shares().split(life.lossFen() - life.recoveredFen()).get(Party.POOL);
    }

    /** The pool's share of an amount recovered on a loan after its claim was paid. */
    public static long recoveryShare(PoolAgreement agreement, long recoveredFen) {
        return agreement.shares().split(recoveredFen).get(Party.POOL);
    }

    /** Refuses a payment out of the pool above its balance: the balance never goes below zero. */
    public static void requireAffordable(long amountFen, long poolBalanceFen) {
        if (amountFen > poolBalanceFen) {
            throw new DomainException("riskpool.pool.insufficient", yuan(amountFen), yuan(poolBalanceFen));
        }
    }

    /** Pays a claim (代偿) on a defaulted covered loan; refused when the pool has not the money. */
    public long payClaim(long loanId, long claimId) {
        long amount = claimable(loanId);
        requireAffordable(amount, balance(PoolAccount.POOL));
        if (amount > 0) {
            post(PoolAccount.CLAIMS, PoolAccount.POOL, amount, PoolPosting.SourceKind.CLAIM, claimId);
        }
        claimedFen.put(loanId, amount);
        return amount;
    }

    /**
     * Pays an enterprise's interest subsidy for interest paid in a year, by the agreement's rule and within its cap
     * for the year; refused when the pool has not the money. Returns what was paid (0 once the cap is reached).
     */
    public long paySubsidy(UnifiedSocialCreditCode enterprise, int year, long interestPaidFen, long subsidyId) {
        String key = enterprise.toString() + "/" + year;
        long before = subsidised.getOrDefault(key, 0L);
        long amount = agreement.subsidy().subsidy(interestPaidFen, before);
        requireAffordable(amount, balance(PoolAccount.POOL));
        if (amount > 0) {
            post(PoolAccount.SUBSIDIES, PoolAccount.POOL, amount, PoolPosting.SourceKind.SUBSIDY, subsidyId);
            subsidised.put(key, before + amount);
        }
        return amount;
    }

    /** What the pool covers now, and the bank's part of it. */
    public Coverage.Exposure exposure(UnifiedSocialCreditCode bank) {
        long pool = 0;
        long ofBank = 0;
        long nonPerforming = 0;
        for (CoveredLoan c : loans.values()) {
            long balance = c.life().coveredBalanceFen();
            pool += balance;
            if (c.loan().bank().equals(bank)) {
                ofBank += balance;
                if (c.life().nonPerforming()) {
                    nonPerforming += balance;
                }
            }
        }
        return new Coverage.Exposure(pool, ofBank, nonPerforming);
    }

    /** An account's balance: debits less credits (the pool's balance is {@code balance(POOL)}). */
    public long balance(PoolAccount account) {
        return balances.get(account);
    }

    public List<PoolPosting> postings() {
        return Collections.unmodifiableList(postings);
    }

    public Collection<CoveredLoan> loans() {
        return Collections.unmodifiableCollection(loans.values());
    }

    public PoolAgreement agreement() {
        return agreement;
    }

    private CoveredLoan covered(long loanId) {
        CoveredLoan covered = loans.get(loanId);
        if (covered == null) {
            throw new DomainException("riskpool.loan.notCovered");
        }
        return covered;
    }

    private void post(PoolAccount debit, PoolAccount credit, long fen, PoolPosting.SourceKind kind, long id) {
        postings.add(new PoolPosting(debit, credit, fen, new PoolPosting.Source(kind, id)));
        balances.merge(debit, fen, Math::addExact);
        balances.merge(credit, -fen, Math::addExact);
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
