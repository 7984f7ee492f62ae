package cn.kaifeng.tfs.recovery.web;

import cn.kaifeng.tfs.casefile.web.ApplicationPage;
import cn.kaifeng.tfs.recovery.service.RecoveryService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The recovery part of the applicant's application page: the orders to pay back money paid to this application,
 * with what is owed today, the payments received and any 失信 record that followed. Only the application's own
 * organisation sees them (the service answers "not found" for another's).
 */
@Named
@ViewScoped
public class ApplicationRecovery implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationPage page;

    @Inject
    private RecoveryService recoveries;

    @Inject
    private CurrentUser currentUser;

    private transient List<RecoveryService.OrderView> orders;

    public List<RecoveryService.OrderView> getOrders() {
        if (orders == null) {
            orders = page.applicationId() == null || page.getNumber() == null
                    ? List.of()
                    : recoveries.ordersOf(currentUser.username(), page.applicationId());
        }
        return orders;
    }
}
