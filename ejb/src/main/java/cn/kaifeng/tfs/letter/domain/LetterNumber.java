package cn.kaifeng.tfs.letter.domain;

import java.util.Objects;

/**
 * A letter's number (文号) as official documents write it: the number word, the year in 〔〕 and the sequence
 * with at least four digits, e.g. 汴财扶团〔2026〕0042号. Each number word counts per year on its own.
 */
public record LetterNumber(String word, int year, int sequence) {

    public LetterNumber {
        Objects.requireNonNull(word, "word");
        if (word.isBlank() || year < 2000 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("not a letter number: " + word + " " + year + " " + sequence);
        }
    }

    @Override
    public String toString() {
        return word + "〔" + year + "〕" + String.format("%04d", sequence) + "号";
    }
}
