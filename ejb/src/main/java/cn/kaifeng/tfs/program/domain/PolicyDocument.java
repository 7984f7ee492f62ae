package cn.kaifeng.tfs.program.domain;

/** The policy documents programs may cite (full texts in shared/policy). Titles are in the message bundle. */
public enum PolicyDocument {
    /** 河南省元宇宙产业发展行动计划（2022—2025年） */
    HENAN_2022,
    /** 开封市元宇宙产业发展行动计划（2023—2025年），汴政办〔2023〕16号 */
    KAIFENG_2023
}
