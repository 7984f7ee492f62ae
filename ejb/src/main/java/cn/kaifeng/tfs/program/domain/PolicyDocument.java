package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One version of a policy document programs may cite (a plan, a 资金管理办法, a 申报指南), as read from its file in
 * config/policy: title, issuer, 文号 ({@code number}, null when the document has none or it is not recorded), the
 * period it is in force (no end date: open-ended), its text and the clause index derived from the text.
 *
 * <p>{@code example} marks a document written for the demonstration, not a real one; {@code excerpt} marks a text
 * that holds only the passages the programs cite. Both are said wherever the document is shown.
 */
public record PolicyDocument(
        String id,
        int version,
        String contentHash,
        LocalizedText title,
        LocalizedText issuer,
        String number,
        LocalDate inForceFrom,
        LocalDate inForceTo,
        boolean example,
        boolean excerpt,
        LocalizedText note,
        String text,
        ClauseIndex clauses)
        implements Serializable {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceTo == null || !day.isAfter(inForceTo));
    }

    public boolean expiredOn(LocalDate day) {
        return inForceTo != null && day.isAfter(inForceTo);
    }

    /** Two versions' periods share a day. */
    public boolean overlaps(PolicyDocument other) {
        boolean startsBeforeOtherEnds = other.inForceTo == null || !inForceFrom.isAfter(other.inForceTo);
        boolean otherStartsBeforeThisEnds = inForceTo == null || !other.inForceFrom.isAfter(inForceTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public boolean samePeriod(PolicyDocument other) {
        return inForceFrom.equals(other.inForceFrom) && java.util.Objects.equals(inForceTo, other.inForceTo);
    }

    /**
     * How letters cite it, in Chinese: 《title》（文号）, and for a demonstration document or an excerpt a word saying
     * so, e.g. 《开封市元宇宙产业扶持资金管理办法（示例）》（演示用示例文件，非正式文件）.
     */
    public String citation() {
        StringBuilder text = new StringBuilder("《").append(title.zh()).append("》");
        if (number != null) {
            text.append("（").append(number).append("）");
        }
        if (example) {
            text.append("（演示用示例文件，非正式文件）");
        }
        return text.toString();
    }

    /** "KAIFENG_2023 v1" for logs and messages. */
    public String label() {
        return id + " v" + version;
    }
}
