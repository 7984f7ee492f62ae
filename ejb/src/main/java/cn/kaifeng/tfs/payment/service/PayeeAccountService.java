package cn.kaifeng.tfs.payment.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.payment.domain.AccountNumber;
import cn.kaifeng.tfs.payment.domain.PayeeAccount;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * The payee organisation's bank account (收款账户): an applicant organisation's, read and changed by its own
 * applicants only, or a bank's (where the pool pays its claims), by its own officers only;
 * every change goes to the audit trail with the old and new account masked.
 */
@ApplicationScoped
@Transactional
public class PayeeAccountService {

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    /** The caller's organisation's account, if it gave one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PayeeAccount> mine(String username) {
        return Optional.ofNullable(
                em.find(PayeeAccount.class, organisationOf(username).id()));
    }

    /** Sets or changes the caller's organisation's account; refused with a message when a field is not valid. */
    public PayeeAccount save(String username, String holderName, String bankName, String number) {
        Organisation organisation = organisationOf(username);
        AccountNumber accountNumber = new AccountNumber(number);
        PayeeAccount account = em.find(PayeeAccount.class, organisation.id(), LockModeType.PESSIMISTIC_WRITE);
        String before = account == null ? null : account.describe();
        if (account == null) {
            account =
                    new PayeeAccount(organisation.id(), holderName, bankName, accountNumber, username, clock.instant());
            em.persist(account);
        } else {
            account.change(holderName, bankName, accountNumber, username, clock.instant());
        }
        audit.record(
                username, "PAYEE_ACCOUNT_CHANGED", "organisation:" + organisation.id(), before, account.describe());
        return account;
    }

    /** An applicant's organisation, or a bank officer's bank (paid its pool claims, 代偿). */
    private Organisation organisationOf(String username) {
        return accounts.applicantOrganisation(username)
                .or(() -> accounts.findByUsername(username)
                        .filter(a -> a.hasRole(Role.BANK) && a.organisation() != null)
                        .map(UserAccount::organisation))
                .orElseThrow(() -> new DomainException("application.notFound"));
    }
}
