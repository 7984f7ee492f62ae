package cn.kaifeng.tfs.program.domain;

import cn.kaifeng.tfs.shared.domain.Bilingual;
import java.io.Serializable;
import java.util.Locale;

/** A text of a program definition in Simplified Chinese and English (English falls back to Chinese). */
public record LocalizedText(String zh, String en) implements Serializable, Bilingual {

    @Override
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
