package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.service.AcceptancePanelService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The expert's acceptance assignments, newest first, shown on their home page (expert/home.xhtml). */
@Named
@RequestScoped
public class ExpertAcceptancesPage {

    @Inject
    private AcceptancePanelService acceptances;

    @Inject
    private CurrentUser currentUser;

    private List<AcceptancePanelService.Assigned> list;

    public List<AcceptancePanelService.Assigned> getList() {
        if (list == null) {
            list = acceptances.mine(currentUser.username());
        }
        return list;
    }
}
