package cn.kaifeng.tfs.shared.domain;

import java.util.Locale;

/**
 * A text that exists in Chinese and English (a criterion's name from a program definition, say), passed as an
 * argument of a {@link DomainException} so the message says it in the reader's language.
 */
public interface Bilingual {

    String in(Locale locale);
}
