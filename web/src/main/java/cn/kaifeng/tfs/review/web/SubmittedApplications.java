package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.intake.domain.Application;
import cn.kaifeng.tfs.intake.service.ApplicationService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramCatalog;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Submitted applications for reviewers, with the program version each was scored under; where a newer version has
 * been published, the reviewer may re-score explicitly (recorded in the application's history).
 */
@Named
@RequestScoped
public class SubmittedApplications {

    @Inject
    private ApplicationService applications;

    @Inject
    private ProgramCatalog catalog;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<Application> list;

    public List<Application> getList() {
        if (list == null) {
            list = applications.submitted(currentUser.username());
        }
        return list;
    }

    /** Current published version per program code, read once per request rather than twice per row. */
    private Map<String, Integer> currentVersions;

    /** The newer published version an application could be re-scored under, if any. */
    public Integer newerVersion(Application application) {
        if (currentVersions == null) {
            currentVersions = catalog.current().stream()
                    .collect(Collectors.toMap(ProgramDefinition::code, ProgramDefinition::version));
        }
        Integer current = currentVersions.get(application.programCode());
        return current != null && current > application.programVersion() ? current : null;
    }

    public void rescore(long id) {
        try {
            Application rescored = applications.rescore(currentUser.username(), id);
            messages.info("review.rescored", rescored.number(), rescored.programVersion());
            list = null;
        } catch (DomainException e) {
            messages.error(null, e);
        }
    }
}
