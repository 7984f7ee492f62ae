package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.riskpool.domain.PoolStanding;
import cn.kaifeng.tfs.riskpool.service.PoolViewService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The bureau's watch on the risk-compensation pools (/bureau/pool.xhtml, reviewers and administrators): each pool's
 * size, covered balance and leverage used, each bank's covered balance and non-performing ratio against the
 * threshold, the alerts, and the same figures as CSV (/bureau/pool.csv).
 */
@Named
@RequestScoped
public class PoolStandingPage {

    @Inject
    private PoolViewService views;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PoolTexts texts;

    private List<PoolViewService.PoolRow> pools;

    public List<PoolViewService.PoolRow> getPools() {
        if (pools == null) {
            pools = views.bureau(currentUser.username());
        }
        return pools;
    }

    public String getLeverageAlertPercent() {
        return PoolStanding.LEVERAGE_ALERT_PERCENT.toPlainString();
    }

    public java.math.BigDecimal yuan(long fen) {
        return texts.yuan(fen);
    }

    public String alert(PoolViewService.PoolRow pool, PoolStanding.Alert alert) {
        return texts.alert(pool, alert);
    }
}
