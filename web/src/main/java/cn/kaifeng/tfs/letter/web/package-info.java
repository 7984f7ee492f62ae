/** Letters on the web: the download, the public verification page. */
package cn.kaifeng.tfs.letter.web;
