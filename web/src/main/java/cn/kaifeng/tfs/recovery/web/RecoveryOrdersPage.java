package cn.kaifeng.tfs.recovery.web;

import cn.kaifeng.tfs.recovery.service.RecoveryService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The bureau's recovery orders (追回), in three groups: overdue first, then open, then settled. */
@Named
@RequestScoped
public class RecoveryOrdersPage {

    @Inject
    private RecoveryService recoveries;

    @Inject
    private CurrentUser currentUser;

    private List<RecoveryService.OrderView> orders;

    /** The orders in one state: {@code overdue}, {@code open} or {@code settled}. */
    public List<RecoveryService.OrderView> inState(String state) {
        if (orders == null) {
            orders = recoveries.orders(currentUser.username());
        }
        return orders.stream().filter(o -> o.state().equals(state)).toList();
    }

    public List<String> getStates() {
        return List.of("overdue", "open", "settled");
    }
}
