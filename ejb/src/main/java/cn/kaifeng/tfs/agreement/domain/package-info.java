/**
 * The agreement as plain Java: its life ({@link cn.kaifeng.tfs.agreement.domain.AgreementMove}, refusing every step
 * its state does not allow), the exact split of an award into tranches ({@link
 * cn.kaifeng.tfs.agreement.domain.TrancheSplit}), the targets the applicant proposes, and the entity that holds them,
 * all tested without a server.
 */
package cn.kaifeng.tfs.agreement.domain;
