/** The audit chain's verification over REST, for `audit-verify.sh`. */
package cn.kaifeng.tfs.audit.api;
