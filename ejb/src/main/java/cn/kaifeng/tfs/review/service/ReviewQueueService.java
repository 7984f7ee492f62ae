package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.program.domain.Outcome;
import cn.kaifeng.tfs.review.domain.SavedFilter;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reviewers' queue: every submitted application, filtered, sorted and paged in the database (only one page is
 * ever read), with named filters a reviewer can keep. Filters use indexed columns only, so a page stays fast with
 * hundreds of thousands of applications.
 */
@ApplicationScoped
@Transactional
public class ReviewQueueService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    /** A queue filter; every part optional. Dates are Beijing calendar days, both ends included. */
    public record Filter(
            String programCode,
            ApplicationStatus status,
            String district,
            String techField,
            LocalDate submittedFrom,
            LocalDate submittedTo,
            BigDecimal minTotal,
            BigDecimal maxTotal,
            String text)
            implements Serializable {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null, null);
        }
    }

    /** One line of the queue: what a reviewer scans; the application itself opens on its own page. */
    public record Row(
            Long id,
            String number,
            String organisation,
            String programCode,
            ApplicationStatus status,
            String district,
            String techField,
            BigDecimal total,
            Outcome outcome,
            Instant submittedAt)
            implements Serializable {

        // JavaBean names as well, for the pages' expressions (sorting and export name properties)
        public String getNumber() {
            return number;
        }

        public String getOrganisation() {
            return organisation;
        }

        public String getProgramCode() {
            return programCode;
        }

        public ApplicationStatus getStatus() {
            return status;
        }

        public BigDecimal getTotal() {
            return total;
        }

        public Instant getSubmittedAt() {
            return submittedAt;
        }
    }

    public long count(String reviewer, Filter filter) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return QueueQuery.count(em, filter);
    }

    /** One page, sorted by a known column (newest submissions first otherwise); ties broken by id. */
    public List<Row> page(String reviewer, Filter filter, int first, int size, String sortBy, boolean ascending) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return QueueQuery.page(em, filter, first, size, sortBy, ascending);
    }

    /** Keeps a filter under a name for the reviewer (the same name again replaces it). */
    public SavedFilter save(String reviewer, String name, Filter filter) {
        applications.requireRole(reviewer, Role.REVIEWER);
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new DomainException("queue.filterName");
        }
        String clean = name.strip();
        saved(reviewer).stream().filter(s -> s.name().equals(clean)).forEach(em::remove);
        em.flush();
        SavedFilter saved = new SavedFilter(reviewer, clean, JSON.toJson(filter), clock.instant());
        em.persist(saved);
        return saved;
    }

    public List<SavedFilter> saved(String reviewer) {
        applications.requireRole(reviewer, Role.REVIEWER);
        return em.createQuery("SELECT s FROM SavedFilter s WHERE s.owner = :owner ORDER BY s.name", SavedFilter.class)
                .setParameter("owner", reviewer)
                .getResultList();
    }

    /** One of the reviewer's own saved filters; anyone else's is "not found". */
    public Filter load(String reviewer, long savedId) {
        SavedFilter saved = em.find(SavedFilter.class, savedId);
        if (saved == null || !saved.owner().equals(reviewer)) {
            throw new DomainException("queue.filterNotFound");
        }
        return JSON.fromJson(saved.filter(), Filter.class);
    }
}
