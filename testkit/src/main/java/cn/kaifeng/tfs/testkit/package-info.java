/**
 * What the integration tests (ear) and the load and fault clients (bench) share to reach the platform as its users
 * do: {@link cn.kaifeng.tfs.testkit.WebClient}, which drives the JSF pages over HTTP with each page's view state and
 * CSP nonce. Judging the answers stays with each side: the tests assert, the load clients count.
 */
package cn.kaifeng.tfs.testkit;
