package cn.kaifeng.tfs.review.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import java.time.Instant;

/**
 * The rules of an expert's conflict-of-interest declaration, the same on every panel (an application's, an
 * acceptance's): declared once; a conflict needs a note saying what it is; and an expert is cleared to see the case
 * and score only when they declared none and the system found none ({@link ConflictCheck}).
 */
public final class ConflictDeclaration {

    private ConflictDeclaration() {}

    /**
     * Checks a declaration about to be made and gives the note to keep (stripped; null when none).
     *
     * @param alreadyDeclared whether the expert has declared on this assignment before
     */
    public static String check(boolean alreadyDeclared, boolean conflict, String note) {
        if (alreadyDeclared) {
            throw new DomainException("panel.alreadyDeclared");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new DomainException("panel.conflictNoteRequired");
        }
        return note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * Whether the expert may see the case and score it.
     *
     * @param declaredAt when the expert declared; null before
     * @param declaredConflict what they declared; null before
     * @param systemFlags the conflicts the system found when assigning, as stored (null or empty: none)
     */
    public static boolean cleared(Instant declaredAt, Boolean declaredConflict, String systemFlags) {
        return declaredAt != null
                && Boolean.FALSE.equals(declaredConflict)
                && (systemFlags == null || systemFlags.isEmpty());
    }
}
