/** The case file's use cases: drafts, submission with numbering and assessment, steps of the life cycle, history. */
package cn.kaifeng.tfs.casefile.service;
