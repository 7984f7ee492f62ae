package cn.kaifeng.tfs.matching.web;

import cn.kaifeng.tfs.matching.service.MatchingService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * 免申即享 for the bureau: for each open program granted without application, the organisations the latest match
 * found qualifying, with the amount the award formula gives them; the reviewer proposes it to one or to all, and
 * each organisation confirms or declines on its home.
 */
@Named
@RequestScoped
public class ProposalsPage {

    @Inject
    private MatchingService matching;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<ProgramDefinition> programs;

    public List<ProgramDefinition> getPrograms() {
        if (programs == null) {
            programs = matching.noApplicationPrograms(currentUser.username());
        }
        return programs;
    }

    public List<MatchingService.Candidate> candidates(String programCode) {
        return matching.candidates(currentUser.username(), programCode);
    }

    public String propose(String programCode, long organisationId) {
        return proposeTo(programCode, List.of(organisationId));
    }

    public String proposeToAll(String programCode) {
        return proposeTo(
                programCode,
                candidates(programCode).stream()
                        .filter(c -> c.proposal() == null)
                        .map(MatchingService.Candidate::organisationId)
                        .toList());
    }

    /** Runs the matching now (after publishing a program, say) instead of waiting for the night. */
    public String rematch() {
        try {
            messages.flashInfo("proposals.rematched", matching.matchAllNow(currentUser.username()));
            return "/reviewer/proposals.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    private String proposeTo(String programCode, List<Long> organisationIds) {
        try {
            int made = matching.propose(currentUser.username(), programCode, organisationIds);
            messages.flashInfo("proposal.made", made);
            return "/reviewer/proposals.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }
}
