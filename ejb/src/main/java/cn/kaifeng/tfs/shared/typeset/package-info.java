/**
 * Setting text on PDF pages, for every document the bureau prints (letters, eligible lists): the typeface, Noto Sans
 * SC, cut to the characters each document prints ({@link cn.kaifeng.tfs.shared.typeset.LetterFonts}, {@link
 * cn.kaifeng.tfs.shared.typeset.EmbeddedFonts}), Chinese line breaking ({@link
 * cn.kaifeng.tfs.shared.typeset.LineBreaker}), and a cursor down the pages that sets text, paragraphs and ruled tables
 * and starts new pages ({@link cn.kaifeng.tfs.shared.typeset.Typesetter}, {@link
 * cn.kaifeng.tfs.shared.typeset.Table}). What a document says and where it says it stays with its feature. Plain
 * Java over PDFBox, so it is tested without a server.
 */
package cn.kaifeng.tfs.shared.typeset;
