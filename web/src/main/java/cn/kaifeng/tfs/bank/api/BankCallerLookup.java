package cn.kaifeng.tfs.bank.api;

import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.service.BankCallerService;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import java.util.Optional;

/** The bank an API call acts for, and the purpose it states; refuses a caller who acts for no bank. */
@ApplicationScoped
public class BankCallerLookup {

    @Inject
    private BankCallerService callers;

    @Inject
    private HttpServletRequest request;

    public Caller of(SecurityContext security) {
        return ifBank(security).orElseThrow(() -> new DomainException("bank.notABank"));
    }

    /**
     * The bank behind the caller, if any: the client the authentication mechanism checked on this request, or an
     * officer's (or script's) user account.
     */
    public Optional<Caller> ifBank(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return Optional.empty();
        }
        String name = security.getUserPrincipal().getName();
        if (request.getAttribute(BankCallerService.AUTHENTICATED) instanceof Caller client
                && client.name().equals(name)) {
            return Optional.of(client);
        }
        return callers.of(name, QueryChannel.API);
    }

    /** The purpose of a query: required, one of the named ones. */
    public static QueryPurpose purpose(String raw, boolean letter) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("bank.purpose.required");
        }
        try {
            QueryPurpose p = QueryPurpose.valueOf(raw.strip().toUpperCase(Locale.ROOT));
            if (!letter && p == QueryPurpose.LETTER_CHECK) {
                throw new DomainException("bank.purpose.unknown");
            }
            return p;
        } catch (IllegalArgumentException e) {
            // the value is not repeated back: whatever was sent (markup, say) stays out of the answer
            throw new DomainException("bank.purpose.unknown");
        }
    }
}
