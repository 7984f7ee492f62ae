/**
 * Letters as PDF: the PDF/A-2u layout with the embedded CJK font and the QR code, and the signature with the
 * bureau's key. Plain Java over PDFBox and Bouncy Castle, so it is tested and benchmarked without a server.
 */
package cn.kaifeng.tfs.letter.pdf;
