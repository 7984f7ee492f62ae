/** How the organisation's personal data is stored: the contact's phone number, encrypted. */
package cn.kaifeng.tfs.organisation.infra;
