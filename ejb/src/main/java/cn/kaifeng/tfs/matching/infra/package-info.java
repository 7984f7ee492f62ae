/** Storage details of matching: the reasons of a match as JSON. */
package cn.kaifeng.tfs.matching.infra;
