package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;

/** The body texts of the decision letters; placeholders such as {organisation} are filled when a letter is issued. */
public record LetterTexts(LocalizedText approval, LocalizedText rejection, LocalizedText appealRoute)
        implements Serializable {}
