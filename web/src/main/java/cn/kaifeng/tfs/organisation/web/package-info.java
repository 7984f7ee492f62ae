/** The applicant's organisation profile page. */
package cn.kaifeng.tfs.organisation.web;
