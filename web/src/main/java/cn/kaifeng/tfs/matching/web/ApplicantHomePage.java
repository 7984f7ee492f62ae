package cn.kaifeng.tfs.matching.web;

import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.matching.service.MatchingService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The applicant's home: the programs its profile likely or possibly qualifies it for (政策直达), each with its
 * reasons, the estimate (预估) and a button that starts an application pre-filled from the profile; and the
 * bureau's proposals of support without application (免申即享), to confirm or decline.
 */
@Named
@RequestScoped
public class ApplicantHomePage {

    @Inject
    private MatchingService matching;

    @Inject
    private ApplicationService applications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<MatchingService.Row> matches;
    private List<MatchingService.Offer> offers;

    public List<MatchingService.Row> getMatches() {
        if (matches == null) {
            matches = currentUser.hasRole("APPLICANT") ? matching.mine(currentUser.username()) : List.of();
        }
        return matches;
    }

    public List<MatchingService.Offer> getOffers() {
        if (offers == null) {
            offers = currentUser.hasRole("APPLICANT") ? matching.myProposals(currentUser.username()) : List.of();
        }
        return offers;
    }

    /** Starts an application of the matched program, filled in with what the profile states. */
    public String start(String programCode) {
        try {
            Application started = applications.start(currentUser.username(), programCode);
            messages.flashInfo("match.started");
            return "/applicant/application.xhtml?faces-redirect=true&id=" + started.id();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String confirm(long proposalId) {
        try {
            Application submitted = matching.confirm(currentUser.username(), proposalId);
            messages.flashInfo("proposal.confirmed", submitted.number());
            return "/applicant/application.xhtml?faces-redirect=true&id=" + submitted.id();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }

    public String decline(long proposalId) {
        try {
            matching.decline(currentUser.username(), proposalId);
            messages.flashInfo("proposal.declined");
            return "/applicant/home.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }
}
