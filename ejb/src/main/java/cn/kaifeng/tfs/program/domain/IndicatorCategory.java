package cn.kaifeng.tfs.program.domain;

/**
 * The three kinds of performance indicator of 财政支出绩效 practice (财预〔2020〕10号): 产出 (output), 效益 (benefit)
 * and 满意度 (satisfaction).
 */
public enum IndicatorCategory {
    OUTPUT,
    BENEFIT,
    SATISFACTION
}
