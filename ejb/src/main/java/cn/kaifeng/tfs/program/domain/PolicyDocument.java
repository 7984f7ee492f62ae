package cn.kaifeng.tfs.program.domain;

/**
 * The policy documents programs may cite (full texts in shared/policy). The pages name them through the message
 * bundle, in the reader's language; letters cite them by their official Chinese title.
 */
public enum PolicyDocument {
    HENAN_2022("河南省元宇宙产业发展行动计划（2022—2025年）"),
    /** 汴政办〔2023〕16号 */
    KAIFENG_2023("开封市元宇宙产业发展行动计划（2023—2025年）");

    private final String officialTitle;

    PolicyDocument(String officialTitle) {
        this.officialTitle = officialTitle;
    }

    public String officialTitle() {
        return officialTitle;
    }
}
