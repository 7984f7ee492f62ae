/**
 * Setting text on PDF pages, for every document the bureau prints (letters, eligible lists): the typeface, Noto Sans
 * SC, cut to the characters each document prints ({@link cn.kaifeng.tfs.shared.typeset.LetterFonts}, {@link
 * cn.kaifeng.tfs.shared.typeset.EmbeddedFonts}), and Chinese line breaking ({@link
 * cn.kaifeng.tfs.shared.typeset.LineBreaker}). What a document says and where it says it stays with its feature.
 * Plain Java over PDFBox, so it is tested without a server.
 */
package cn.kaifeng.tfs.shared.typeset;
