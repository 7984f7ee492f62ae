/** Adapters between accounts and the server: the Jakarta Security identity store backed by the Elytron realm. */
package cn.kaifeng.tfs.account.infra;
