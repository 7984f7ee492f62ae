/**
 * Letters as PDF: where each part of an official letter goes on A4 (set with {@link
 * cn.kaifeng.tfs.shared.typeset.Typesetter}), the verification QR code, PDF/A-2u, and the signature with the bureau's
 * key. Plain Java over PDFBox and Bouncy Castle, so it is tested and benchmarked without a server.
 */
package cn.kaifeng.tfs.letter.pdf;
