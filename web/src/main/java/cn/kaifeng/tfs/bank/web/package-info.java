/**
 * The bank face's pages: the officers' desk (eligibility, letter verification, lists, their bank's history), the
 * applicant's authorisations, the administrators' API clients, and the bureau's overview and list publication.
 */
package cn.kaifeng.tfs.bank.web;
