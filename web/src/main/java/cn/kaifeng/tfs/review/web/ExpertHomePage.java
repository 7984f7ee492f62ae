package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.review.service.PanelService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The expert's home page: the list of their assignments. */
@Named
@RequestScoped
public class ExpertHomePage {

    @Inject
    private PanelService panels;

    @Inject
    private CurrentUser currentUser;

    private List<PanelService.Assigned> list;

    public List<PanelService.Assigned> getList() {
        if (list == null) {
            list = panels.mine(currentUser.username());
        }
        return list;
    }
}
