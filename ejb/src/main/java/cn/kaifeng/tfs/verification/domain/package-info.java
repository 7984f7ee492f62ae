/** A claim on a credit code, its documents and the rules of its life: plain Java, tested without a server. */
package cn.kaifeng.tfs.verification.domain;
