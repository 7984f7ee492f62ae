package cn.kaifeng.tfs.monitoring.domain;

import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.MessageKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One mid-term check (中期检查) of an award, recorded by a reviewer: the optional site visit (date, place, people
 * present, findings) and the result. A check that asks for rectification (限期整改) names what to fix and by when,
 * and a later check follows; a pass or a failure concludes the checks, and no check is recorded after it.
 */
@Entity
@Table(name = "midterm_check")
public class MidtermCheck {

    public static final int MAX_PLACE = 200;
    public static final int MAX_PEOPLE = 500;
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "midterm_check_seq")
    @SequenceGenerator(name = "midterm_check_seq", sequenceName = "midterm_check_seq", allocationSize = 1)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    /** 1 for the first check of the award, 2 for the one after a rectification, ... */
    @Column(name = "check_number", nullable = false)
    private int checkNumber;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "visit_place", length = MAX_PLACE)
    private String visitPlace;

    @Column(name = "visit_people", length = MAX_PEOPLE)
    private String visitPeople;

    @Column(name = "findings", length = MAX_TEXT)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MidtermResult result;

    @Column(name = "rectify_by")
    private LocalDate rectifyBy;

    @Column(name = "rectify_what", length = MAX_TEXT)
    private String rectifyWhat;

    @Column(name = "recorded_by", nullable = false, length = 32)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MidtermCheck() {
        // for JPA
    }

    /** A site visit as the reviewer writes it; every part blank means there was none. */
    public record Visit(LocalDate on, String place, String people, String findings) {

        boolean blank() {
            return on == null && isBlank(place) && isBlank(people) && isBlank(findings);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** What the reviewer concludes: the result, and for a rectification the deadline and what to fix. */
    public record Conclusion(MidtermResult result, LocalDate rectifyBy, String rectifyWhat) {}

    /**
     * Records a check after {@code earlier} (the award's checks so far, oldest first). Refused after a concluding
     * check, without a result, with a visit in the future or missing its date or place, and for a rectification
     * without a deadline after today or without saying what to fix.
     */
    public static MidtermCheck record(
            long applicationId,
            List<MidtermCheck> earlier,
            Visit visit,
            Conclusion conclusion,
            LocalDate today,
            String by,
            Instant at) {
        if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).result.concludes()) {
            throw new DomainException(
                    "midterm.concluded",
                    new MessageKey("midterm.result."
                            + earlier.get(earlier.size() - 1).result.name()));
        }
        if (conclusion == null || conclusion.result() == null) {
            throw new DomainException("midterm.resultRequired");
        }
        MidtermCheck c = new MidtermCheck();
        c.applicationId = applicationId;
        c.checkNumber = earlier.size() + 1;
        if (visit != null && !visit.blank()) {
            if (visit.on() == null) {
                throw new DomainException("midterm.visitDateRequired");
            }
            if (visit.on().isAfter(today)) {
                throw new DomainException("midterm.visitInFuture");
            }
            c.visitedOn = visit.on();
            c.visitPlace = Texts.required(visit.place(), "midterm.place", MAX_PLACE);
            c.visitPeople = Texts.optional(visit.people(), "midterm.people", MAX_PEOPLE);
            c.findings = Texts.optional(visit.findings(), "midterm.findings", MAX_TEXT);
        }
        c.result = conclusion.result();
        if (c.result == MidtermResult.RECTIFY) {
            if (conclusion.rectifyBy() == null || !conclusion.rectifyBy().isAfter(today)) {
                throw new DomainException("midterm.rectifyByFuture");
            }
            c.rectifyBy = conclusion.rectifyBy();
            c.rectifyWhat = Texts.required(conclusion.rectifyWhat(), "midterm.rectifyWhat", MAX_TEXT);
        }
        c.recordedBy = Objects.requireNonNull(by);
        c.recordedAt = Objects.requireNonNull(at);
        return c;
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public int checkNumber() {
        return checkNumber;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String visitPlace() {
        return visitPlace;
    }

    public String visitPeople() {
        return visitPeople;
    }

    public String findings() {
        return findings;
    }

    public MidtermResult result() {
        return result;
    }

    public LocalDate rectifyBy() {
        return rectifyBy;
    }

    public String rectifyWhat() {
        return rectifyWhat;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
