/**
 * Enterprises prove who they are (单位认证). A registration that gives a 统一社会信用代码 is a claim: the account
 * may fill its profile, but the organisation cannot submit, authorise banks, see bank queries, export its data or add
 * colleagues until the bureau has verified the claim on the 营业执照 and the 授权委托书 signed by the legal
 * representative. Two claims on one code are a dispute for the bureau, never a "code taken" answer to the second
 * registrant. The check itself sits behind {@link cn.kaifeng.tfs.verification.service.ProofOfIdentity}, so the
 * province's unified legal-person login (电子营业执照) can replace the manual check.
 */
package cn.kaifeng.tfs.verification;
