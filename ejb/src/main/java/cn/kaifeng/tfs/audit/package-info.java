/**
 * The audit trail (全程留痕): every state change, score, decision, download of personal data and administrative
 * change, with who, when (UTC), what, and the values before and after. Records are only ever added; a chainer links
 * them in a hash chain (each record's SHA-256 covers its content and the previous record's hash), so changing or
 * deleting any record is found by verification.
 */
package cn.kaifeng.tfs.audit;
