/** Organisations that take part: applicants (enterprises, talent teams), banks, and the finance bureau. */
package cn.kaifeng.tfs.organisation.domain;
