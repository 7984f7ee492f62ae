package cn.kaifeng.tfs.bank.domain;

/** How a bank asked: an officer on the web page, or the bank's system through the API. */
public enum QueryChannel {
    WEB,
    API
}
