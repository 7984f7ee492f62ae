package cn.kaifeng.tfs.letter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One application of a round and what became of it: pending, its letter issued, or held back with the reason. */
@Entity
@Table(name = "letter_round_item")
@IdClass(LetterRoundItem.Key.class)
public class LetterRoundItem {

    public enum State {
        PENDING,
        ISSUED,
        /** Not issued: re-scoring changed the outcome, or the application was no longer waiting for a letter. */
        HELD
    }

    /** Composite key (round, application). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long roundId;
        private Long applicationId;

        public Key() {
            // for JPA
        }

        public Key(Long roundId, Long applicationId) {
            this.roundId = roundId;
            this.applicationId = applicationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(k.roundId, roundId)
                    && Objects.equals(k.applicationId, applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, applicationId);
        }
    }

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state = State.PENDING;

    @Column(name = "letter_id")
    private Long letterId;

    @Column(length = 500)
    private String note;

    protected LetterRoundItem() {
        // for JPA
    }

    public LetterRoundItem(Long roundId, Long applicationId) {
        this.roundId = Objects.requireNonNull(roundId);
        this.applicationId = Objects.requireNonNull(applicationId);
    }

    public void issued(Long letterId) {
        this.state = State.ISSUED;
        this.letterId = letterId;
    }

    public void held(String note) {
        this.state = State.HELD;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
    }

    public Long roundId() {
        return roundId;
    }

    public Long applicationId() {
        return applicationId;
    }

    public State state() {
        return state;
    }

    public Long letterId() {
        return letterId;
    }

    public String note() {
        return note;
    }
}
