/** The letters' REST face: public verification by code or by file. */
package cn.kaifeng.tfs.letter.api;
