/** The frame every page shares: language, the signed-in user, the menu of their roles, messages. */
package cn.kaifeng.tfs.shell.web;
