/** The bank face's transactions: clients, authorisations, eligibility answers, the query log, loans, lists. */
package cn.kaifeng.tfs.bank.service;
