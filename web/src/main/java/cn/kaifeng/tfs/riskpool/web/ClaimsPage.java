package cn.kaifeng.tfs.riskpool.web;

import cn.kaifeng.tfs.riskpool.domain.Claim;
import cn.kaifeng.tfs.riskpool.service.ClaimService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The bureau's claims (代偿申请): those waiting for a decision first, then the newest. */
@Named
@RequestScoped
public class ClaimsPage {

    @Inject
    private ClaimService claims;

    @Inject
    private CurrentUser currentUser;

    private List<Claim> list;

    public List<Claim> getList() {
        if (list == null) {
            list = claims.list(currentUser.username());
        }
        return list;
    }

    /** Yuan with two decimals, for the page. */
    public String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
