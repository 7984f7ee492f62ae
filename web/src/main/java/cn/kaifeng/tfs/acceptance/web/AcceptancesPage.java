package cn.kaifeng.tfs.acceptance.web;

import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The bureau's acceptances (验收), newest request first, with their state and result. */
@Named
@RequestScoped
public class AcceptancesPage {

    @Inject
    private AcceptanceService acceptances;

    @Inject
    private CurrentUser currentUser;

    private List<AcceptanceService.Row> list;

    public List<AcceptanceService.Row> getList() {
        if (list == null) {
            list = acceptances.list(currentUser.username());
        }
        return list;
    }
}
