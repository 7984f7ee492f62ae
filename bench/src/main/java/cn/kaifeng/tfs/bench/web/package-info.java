/**
 * The platform as its users reach it over HTTP, for the load and fault runs: the test kit's page client, which posts
 * JSF forms with their view state and CSP nonce, timed and answered as a reply ({@link
 * cn.kaifeng.tfs.bench.web.PageClient}), and the steps an applicant, a reviewer and a bank's system take, each one
 * request, answered as the server answered it (nothing is asserted here; the runs judge the answers).
 */
package cn.kaifeng.tfs.bench.web;
