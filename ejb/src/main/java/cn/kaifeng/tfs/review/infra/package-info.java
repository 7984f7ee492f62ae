/** How review data is stored: the objector's contact, encrypted. */
package cn.kaifeng.tfs.review.infra;
