package cn.kaifeng.tfs.acceptance.domain;

/** The acceptance's conclusion: 通过, 限期整改 (accepted again once after rectifying), 不通过. */
public enum Conclusion {
    PASSED,
    RECTIFY,
    FAILED
}
