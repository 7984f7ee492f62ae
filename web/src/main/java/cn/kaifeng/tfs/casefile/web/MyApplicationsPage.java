package cn.kaifeng.tfs.casefile.web;

import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The applicant's own applications, newest first. */
@Named
@RequestScoped
public class MyApplicationsPage {

    @Inject
    private ApplicationService applications;

    @Inject
    private CurrentUser currentUser;

    private List<Application> list;

    public List<Application> getList() {
        if (list == null) {
            list = applications.listMine(currentUser.username());
        }
        return list;
    }

    public ProgramDefinition program(Application application) {
        return applications.programOf(application);
    }
}
