/** Application use cases: drafts, submission with numbering and assessment, the applicant's own list. */
package cn.kaifeng.tfs.intake.service;
