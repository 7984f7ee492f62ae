/** The applicant's pages: open programs, the application form generated from a program, the list of own applications. */
package cn.kaifeng.tfs.casefile.web;
