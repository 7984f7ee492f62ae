package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.util.List;

/**
 * 不重复享受: support from this program and from the programs named in {@code notWith} is not given twice to the same
 * beneficiary in the same budget year. {@code scope} says who counts as the same; {@code resolution} what happens to
 * the application decided second. A rule binds both ways: the other program need not repeat it.
 */
public record Exclusion(
        String code, LocalizedText name, List<String> notWith, Scope scope, Resolution resolution, PolicySource source)
        implements Serializable {

    public Exclusion {
        notWith = List.copyOf(notWith);
    }

    /** Who is the same beneficiary. */
    public enum Scope {
        /** The same applicant organisation (the same enterprise or talent team). */
        ORGANISATION,
        /** A team member of one applicant is, by ID number, a member of the other. */
        MEMBER
    }

    /** What the application decided second gets. */
    public enum Resolution {
        /** 就高: together they get no more than the higher of their awards; the second gets the difference, if any. */
        HIGHER,
        /** 先批先享: the second gets nothing while the first stands. */
        FIRST
    }

    public boolean names(String programCode) {
        return notWith.contains(programCode);
    }
}
