/** REST resources about the signed-in account. */
package cn.kaifeng.tfs.account.api;
