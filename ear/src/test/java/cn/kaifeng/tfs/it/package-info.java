/**
 * End-to-end tests on the provisioned WildFly: the real application archive over HTTP and in a browser, and
 * small in-container archives for persistence. Shared helpers live here too.
 */
package cn.kaifeng.tfs.it;
