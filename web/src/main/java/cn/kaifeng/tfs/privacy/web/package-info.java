/** The administrators' page of retention rules and runs; the applicant's download of its data export. */
package cn.kaifeng.tfs.privacy.web;
