/**
 * How long each class of data is kept, and the daily job that applies it (个人信息保护法 第十九条: personal
 * information is kept no longer than its purpose needs). The rules are in {@code domain}; the job in {@code service}.
 */
package cn.kaifeng.tfs.retention;
