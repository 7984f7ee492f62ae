/** The bank feature's own schema changes that SQL cannot express portably (Java migrations Flyway runs). */
package cn.kaifeng.tfs.bank.infra;
