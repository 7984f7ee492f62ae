/** The reviewers' pages. So far: the list of submitted applications and explicit re-scoring under a newer version. */
package cn.kaifeng.tfs.review.web;
