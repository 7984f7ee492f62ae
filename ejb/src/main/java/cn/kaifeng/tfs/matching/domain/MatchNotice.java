package cn.kaifeng.tfs.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * That an organisation was told of its match with a program version: the key (organisation, program, version) is
 * the database's, so of two nodes matching at once only one can store it, and only that one tells.
 */
@Entity
@Table(name = "match_notice")
@IdClass(MatchNotice.Key.class)
public class MatchNotice {

    /** The row's key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private String programCode;
        private Integer programVersion;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(organisationId, k.organisationId)
                    && Objects.equals(programCode, k.programCode)
                    && Objects.equals(programVersion, k.programVersion);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organisationId, programCode, programVersion);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Column(name = "program_code", length = 40)
    private String programCode;

    @Id
    @Column(name = "program_version")
    private Integer programVersion;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected MatchNotice() {
        // for JPA
    }

    public MatchNotice(long organisationId, String programCode, int programVersion, Instant sentAt) {
        this.organisationId = organisationId;
        this.programCode = Objects.requireNonNull(programCode);
        this.programVersion = programVersion;
        this.sentAt = Objects.requireNonNull(sentAt);
    }
}
