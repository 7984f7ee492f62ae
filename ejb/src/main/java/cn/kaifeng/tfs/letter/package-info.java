/**
 * Decision letters (决定书 / 通知书): every decision ends in a numbered, signed PDF/A letter in Chinese that the
 * applicant downloads and anyone (a bank above all) can verify by its code, its QR code or the file itself.
 * Numbers run per number word and year without gaps; a stored letter is served byte for byte as issued.
 */
package cn.kaifeng.tfs.letter;
