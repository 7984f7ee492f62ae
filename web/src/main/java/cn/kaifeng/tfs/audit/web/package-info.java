/** The administrators' audit page: the newest records and the chain's verification. */
package cn.kaifeng.tfs.audit.web;
