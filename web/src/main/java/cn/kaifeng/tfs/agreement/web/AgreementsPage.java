package cn.kaifeng.tfs.agreement.web;

import cn.kaifeng.tfs.agreement.domain.Agreement;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The reviewer's list of agreements whose proposed targets wait for them, oldest first. */
@Named
@RequestScoped
public class AgreementsPage {

    @Inject
    private AgreementService agreements;

    @Inject
    private CurrentUser currentUser;

    private List<Agreement> waiting;

    public List<Agreement> getWaiting() {
        if (waiting == null) {
            waiting = agreements.waitingForReview(currentUser.username());
        }
        return waiting;
    }
}
