/** Creating and finding organisations. */
package cn.kaifeng.tfs.organisation.service;
