/**
 * The agreement as a printed document: what goes where on its pages, set by the shared typesetter in the letters'
 * font. Unsigned here; the service signs it with the bureau's key through the letter press.
 */
package cn.kaifeng.tfs.agreement.pdf;
