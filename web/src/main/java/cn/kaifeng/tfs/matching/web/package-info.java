/** The pages of matching: the applicant's home with its matches and proposals, the bureau's proposals. */
package cn.kaifeng.tfs.matching.web;
