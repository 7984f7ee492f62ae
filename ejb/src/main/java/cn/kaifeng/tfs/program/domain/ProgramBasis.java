package cn.kaifeng.tfs.program.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The documents a program cites as seen on one day, and when its basis expires (null: no end in sight). A program
 * open beyond that day runs past its basis, which the pages say.
 */
public record ProgramBasis(List<Entry> documents, LocalDate expiresOn, LocalDate programEnds) implements Serializable {

    /** A cited document; {@code document} is null for an id the library does not hold (an old stored version). */
    public record Entry(String id, PolicyDocument document, boolean inForce) implements Serializable {

        public boolean expired() {
            return document != null && !inForce && document.inForceTo() != null;
        }
    }

    /** The program is open after its basis has expired (or open-ended while its basis ends). */
    public boolean outlivesBasis() {
        return expiresOn != null && (programEnds == null || programEnds.isAfter(expiresOn));
    }
}
