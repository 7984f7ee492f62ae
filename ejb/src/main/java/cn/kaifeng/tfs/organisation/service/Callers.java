package cn.kaifeng.tfs.organisation.service;

import cn.kaifeng.tfs.organisation.domain.Organisation;
import java.util.Optional;

/**
 * Who is asking, as far as the organisation feature needs to know. Accounts belong to organisations, so the
 * account feature sits above this one and answers ({@code account.service.AccountCallers}); asking through this
 * interface keeps the dependency pointing one way.
 */
public interface Callers {

    /** The organisation an applicant account acts for; empty for any other account or name. */
    Optional<Organisation> applicantOrganisation(String username);

    /** Whether the name is a reviewer's account. */
    boolean isReviewer(String username);
}
