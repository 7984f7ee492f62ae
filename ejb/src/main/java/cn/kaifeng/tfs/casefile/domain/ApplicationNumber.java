package cn.kaifeng.tfs.casefile.domain;

/** The human-readable application number, e.g. {@code KF-RC-2026-00042}: program prefix, year, five digits. */
public final class ApplicationNumber {

    private ApplicationNumber() {}

    public static String format(String prefix, int year, int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return String.format("%s-%d-%05d", prefix, year, sequence);
    }
}
