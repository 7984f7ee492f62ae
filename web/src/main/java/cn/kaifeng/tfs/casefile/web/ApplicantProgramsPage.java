package cn.kaifeng.tfs.casefile.web;

import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The programs the applicant's organisation can apply to today, and starting an application. */
@Named
@RequestScoped
public class ApplicantProgramsPage {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @Inject
    private ProgramService catalog;

    @Inject
    private ApplicationService applications;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private List<ProgramDefinition> programs;

    public List<ProgramDefinition> getPrograms() {
        if (programs == null) {
            programs = currentUser
                    .account()
                    .map(UserAccount::organisation)
                    .map(o -> catalog.openOn(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))), o.kind()))
                    .orElse(List.of());
        }
        return programs;
    }

    public String apply(String programCode) {
        try {
            Application started = applications.start(currentUser.username(), programCode);
            return "/applicant/application.xhtml?faces-redirect=true&id=" + started.id();
        } catch (DomainException e) {
            messages.error(null, e);
            return null;
        }
    }
}
