/**
 * Personal data over its life (个人信息保护法): how long each class of data is kept and the daily job that applies
 * it (第十九条: kept no longer than its purpose needs), and the organisation's export of everything stored about it
 * (第四十五条). It reads what the other features store, so it sits above them.
 */
package cn.kaifeng.tfs.privacy;
