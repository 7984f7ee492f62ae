package cn.kaifeng.tfs.letter.domain;

import java.time.LocalDate;

/** Dates as notices print them, the way Chinese official documents write them: 2026年12月7日. */
public final class NoticeDates {

    private NoticeDates() {}

    public static String inWords(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
