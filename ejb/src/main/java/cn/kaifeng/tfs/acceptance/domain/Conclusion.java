package cn.kaifeng.tfs.acceptance.domain;

/** The acceptance's conclusion: 通过, 限期整改 (accepted again once after rectifying), 不通过. */
public enum Conclusion {
    PASSED("通过"),
    RECTIFY("限期整改"),
    FAILED("不通过");

    private final String words;

    Conclusion(String words) {
        this.words = words;
    }

    /**
     * The conclusion as the conclusion notice (验收结论, an official document, in Chinese only) prints it; a
     * rectification names its deadline.
     */
    public String inWords(java.time.LocalDate rectifyBy) {
        return this == RECTIFY && rectifyBy != null ? words + "，请于 " + rectifyBy + " 前完成整改后再次申请验收" : words;
    }

    /** 不通过 because the rectification deadline passed, as the notice prints it, with the reviewer's reason. */
    public static String lapsedInWords(java.time.LocalDate rectifyBy, String reason) {
        return FAILED.words + "（逾期未整改：整改期限 " + rectifyBy + " 届满未再次申请验收。" + reason + "）";
    }
}
