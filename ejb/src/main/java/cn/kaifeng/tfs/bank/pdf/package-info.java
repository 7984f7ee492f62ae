/** The eligible list (名单) as a signed PDF, set in the letters' font. */
package cn.kaifeng.tfs.bank.pdf;
