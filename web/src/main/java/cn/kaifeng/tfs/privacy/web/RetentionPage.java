package cn.kaifeng.tfs.privacy.web;

import cn.kaifeng.tfs.audit.domain.AuditRecord;
import cn.kaifeng.tfs.privacy.domain.DataClass;
import cn.kaifeng.tfs.privacy.domain.RetentionPolicy;
import cn.kaifeng.tfs.privacy.domain.RetentionRule;
import cn.kaifeng.tfs.privacy.service.RetentionService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The administrator's view of the retention rules: each class of data, how long it is kept, and the last runs. */
@Named
@RequestScoped
public class RetentionPage {

    @Inject
    private RetentionService retention;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    public List<RetentionRule> getRules() {
        return RetentionPolicy.RULES;
    }

    /** "365 天" or "长期保存". */
    public String kept(RetentionRule rule) {
        return rule.keep()
                .map(d -> messages.text("retention.days", d.toDays()))
                .orElse(messages.text("retention.forever"));
    }

    public List<AuditRecord> getRuns() {
        return retention.latestRuns(10);
    }

    /** A run's counts, in words: "未提交的申请草稿 2，异议人联系方式 0, …". */
    public String said(String counts) {
        if (counts == null || counts.isBlank()) {
            return "";
        }
        return Arrays.stream(counts.split(" "))
                .map(pair -> pair.split("=", 2))
                .filter(kv -> kv.length == 2)
                .map(kv -> messages.text("retention.class." + kv[0]) + " " + kv[1])
                .collect(Collectors.joining(messages.text("retention.separator")));
    }

    /** Applies the rules now, as the nightly run would, and says what it removed. */
    public void applyNow() {
        Map<DataClass, Integer> done = retention.apply(currentUser.username(), true);
        messages.info("retention.applied", said(RetentionService.summary(done)));
    }
}
