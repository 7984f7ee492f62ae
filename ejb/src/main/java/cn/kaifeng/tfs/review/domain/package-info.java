/**
 * The bureau's review in plain Java and entities: the expert pool and conflicts of interest, panel assignments and
 * scores, objections on the public notice, reviewers' saved queue filters.
 */
package cn.kaifeng.tfs.review.domain;
