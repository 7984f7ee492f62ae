/** Program pages: the public policy calculator and the administrator's program catalogue. */
package cn.kaifeng.tfs.program.web;
