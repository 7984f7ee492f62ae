package cn.kaifeng.tfs.bank.web;

import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.service.ConsentService;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The applicant's authorisations (授权) of banks: which banks may check the organisation's eligibility, until
 * when; grant, renew and revoke. An organisation without a credit code cannot be looked up by banks at all.
 */
@Named
@RequestScoped
public class ConsentsPage {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @Inject
    private ConsentService consents;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long bankId;
    private LocalDate expiresOn;

    /** After injection: the clock is not there yet when the fields are initialised. */
    @jakarta.annotation.PostConstruct
    void start() {
        expiresOn = LocalDate.now(clock.withZone(EligibilityJudge.ZONE)).plusYears(1);
    }

    private List<ConsentService.View> rows;

    public String grant() {
        Optional<Organisation> organisation = organisation();
        if (organisation.isEmpty()) {
            return null;
        }
        try {
            consents.grant(organisation.get().id(), bankId, expiresOn, currentUser.username());
        } catch (DomainException e) {
            messages.error(field(e), e);
            return null;
        }
        messages.flashInfo("bank.consent.granted");
        return "/applicant/consents?faces-redirect=true";
    }

    public String revoke(long consentId) {
        Optional<Organisation> organisation = organisation();
        if (organisation.isEmpty()) {
            return null;
        }
        try {
            consents.revoke(consentId, organisation.get().id(), currentUser.username());
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
        messages.flashInfo("bank.consent.revoked");
        return "/applicant/consents?faces-redirect=true";
    }

    private static String field(DomainException e) {
        return e.messageKey().startsWith("bank.consent.expiry") ? "grant:expires" : "grant:bank";
    }

    private Optional<Organisation> organisation() {
        return currentUser.account().map(a -> a.organisation());
    }

    /** Banks can only look an organisation up by its credit code. */
    public boolean isCheckable() {
        return organisation().map(o -> o.creditCode() != null).orElse(false);
    }

    public List<ConsentService.Bank> getBanks() {
        return consents.banks();
    }

    public List<ConsentService.View> getRows() {
        if (rows == null) {
            rows = organisation().map(o -> consents.of(o.id())).orElse(List.of());
        }
        return rows;
    }

    public Long getBankId() {
        return bankId;
    }

    public void setBankId(Long bankId) {
        this.bankId = bankId;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
