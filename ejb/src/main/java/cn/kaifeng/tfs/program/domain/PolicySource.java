package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;

/**
 * Where a rule comes from: a policy document, by its id in config/policy, and clause (e.g. KAIFENG_2023, 二（四）2),
 * with the words relied on. {@code bureauSetting} says which numbers of the rule are the bureau's choice because
 * the plan states none.
 */
public record PolicySource(String document, String clause, String quote, String bureauSetting) implements Serializable {

    public boolean hasBureauSetting() {
        return bureauSetting != null && !bureauSetting.isBlank();
    }
}
