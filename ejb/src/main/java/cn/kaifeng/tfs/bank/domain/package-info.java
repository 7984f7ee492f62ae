/** The bank face's rules in plain Java: who is eligible and why, authorisations, client credentials. */
package cn.kaifeng.tfs.bank.domain;
