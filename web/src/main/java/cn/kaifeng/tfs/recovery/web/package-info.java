/**
 * Recovery on the web: the reviewer's orders (list and one order with its payment and 失信 forms, or the form that
 * opens one from a case), the 失信 records with their lifting, and the applicant's part of its application page
 * ({@code ApplicationRecovery}) showing the orders on that application.
 */
package cn.kaifeng.tfs.recovery.web;
