/** Drafting, agreeing and signing agreements, and telling the features above when a tranche's condition holds. */
package cn.kaifeng.tfs.agreement.service;
