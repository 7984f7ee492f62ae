/**
 * The bank API (/api/v1): eligibility by credit code, one or a batch; loan outcome reports; the bank's own query
 * history; the published eligible lists; the verification of letters (anonymous, or recorded as the bank's query
 * when a bank asks); and a no-op endpoint to measure the server against. Bank systems call it
 * with their client credentials (HTTP Basic), officers' browsers with their session.
 */
package cn.kaifeng.tfs.bank.api;
