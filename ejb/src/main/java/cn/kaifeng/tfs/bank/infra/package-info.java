/** The bank feature's own schema change that SQL cannot express portably (a Java migration Flyway runs). */
package cn.kaifeng.tfs.bank.infra;
