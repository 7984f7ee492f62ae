/**
 * Reading PDFs that come from outside (uploaded attachments, files sent for letter verification) within bounds: how
 * much any stream may decode to, how many objects are parsed, how deep the trees PDFBox walks recursively may be, and
 * how long one reading may take. Everything else about the file is left to PDFBox; {@link
 * cn.kaifeng.tfs.shared.pdf.BoundedPdf} is the one way in.
 */
package cn.kaifeng.tfs.shared.pdf;
