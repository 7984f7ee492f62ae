package cn.kaifeng.tfs.account.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.service.Callers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Answers the organisation feature's questions about who is asking, from the accounts. */
@ApplicationScoped
public class AccountCallers implements Callers {

    @Inject
    private AccountService accounts;

    @Override
    public Optional<Organisation> applicantOrganisation(String username) {
        return accounts.applicantOrganisation(username);
    }

    @Override
    public boolean isReviewer(String username) {
        return accounts.findByUsername(username)
                .filter(a -> a.hasRole(Role.REVIEWER))
                .isPresent();
    }
}
