package cn.kaifeng.tfs.review.service;

import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.review.service.ReviewQueueService.Filter;
import cn.kaifeng.tfs.review.service.ReviewQueueService.Row;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The queue's queries, as plain JPA Criteria over an entity manager: what the queue service runs in the server and
 * what the queue benchmark runs against a seeded database, so the benchmark measures the real thing.
 */
public final class QueueQuery {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** What the queue can sort by, and the attribute each means. */
    private static final Map<String, String> SORTS = Map.of(
            "number", "number",
            "organisation", "organisation.name",
            "programCode", "programCode",
            "status", "status",
            "total", "results.total",
            "submittedAt", "submittedAt");

    private QueueQuery() {}

    public static long count(EntityManager em, Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Application> a = query.from(Application.class);
        // the organisation is joined only when its name is searched: counting needs no other column of it
        Join<Application, Organisation> o = searchesName(filter) ? a.join("organisation") : null;
        query.select(cb.count(a)).where(where(cb, a, o, filter));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * One page, sorted by a known column (newest submissions first otherwise); ties broken by id. Unless the
     * organisation's name is searched or sorted on, the page's ids are found on the application table alone (where
     * the indexes are) and only those 20 rows are then joined: a "deferred join", which keeps a page cheap however
     * many applications there are.
     */
    public static List<Row> page(
            EntityManager em, Filter filter, int first, int size, String sortBy, boolean ascending) {
        String attribute = SORTS.get(sortBy == null ? "submittedAt" : sortBy);
        if (attribute == null) {
            attribute = "submittedAt";
            ascending = false;
        }
        boolean byName = attribute.startsWith("organisation.");
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<Long> ids = null;
        if (!byName && !searchesName(filter)) {
            CriteriaQuery<Long> idQuery = cb.createQuery(Long.class);
            Root<Application> a = idQuery.from(Application.class);
            idQuery.select(a.get("id"))
                    .where(where(cb, a, null, filter))
                    .orderBy(order(cb, path(a, attribute), a, ascending));
            ids = em.createQuery(idQuery)
                    .setFirstResult(Math.max(0, first))
                    .setMaxResults(Math.max(1, Math.min(size, 500)))
                    .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
        }
        CriteriaQuery<Row> query = cb.createQuery(Row.class);
        Root<Application> a = query.from(Application.class);
        Join<Application, Organisation> o = a.join("organisation");
        query.select(cb.construct(
                Row.class,
                a.get("id"),
                a.get("number"),
                o.get("name"),
                a.get("programCode"),
                a.get("status"),
                a.get("district"),
                a.get("techField"),
                a.get("results").get("total"),
                a.get("results").get("outcome"),
                a.get("submittedAt")));
        Path<?> sortPath = byName ? o.get("name") : path(a, attribute);
        query.orderBy(order(cb, sortPath, a, ascending));
        if (ids != null) {
            query.where(a.get("id").in(ids));
            return em.createQuery(query).getResultList();
        }
        query.where(where(cb, a, o, filter));
        return em.createQuery(query)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList();
    }

    /** An attribute of the application, or of one of its parts ("results.total"). */
    private static Path<?> path(Root<Application> a, String attribute) {
        Path<?> path = a;
        for (String name : attribute.split("\\.")) {
            path = path.get(name);
        }
        return path;
    }

    private static List<jakarta.persistence.criteria.Order> order(
            CriteriaBuilder cb, Path<?> by, Root<Application> a, boolean ascending) {
        return ascending ? List.of(cb.asc(by), cb.asc(a.get("id"))) : List.of(cb.desc(by), cb.desc(a.get("id")));
    }

    private static boolean searchesName(Filter f) {
        return f.text() != null
                && !f.text().isBlank()
                && !f.text().strip().toUpperCase(Locale.ROOT).startsWith("KF-");
    }

    private static Predicate[] where(
            CriteriaBuilder cb, Root<Application> a, Join<Application, Organisation> o, Filter f) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNotNull(a.get("number")));
        if (f.programCode() != null) {
            where.add(cb.equal(a.get("programCode"), f.programCode()));
        }
        if (f.status() != null) {
            where.add(cb.equal(a.get("status"), f.status()));
        }
        if (f.district() != null) {
            where.add(cb.equal(a.get("district"), f.district()));
        }
        if (f.techField() != null) {
            where.add(cb.equal(a.get("techField"), f.techField()));
        }
        if (f.submittedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(
                    a.get("submittedAt"), f.submittedFrom().atStartOfDay(CHINA).toInstant()));
        }
        if (f.submittedTo() != null) {
            where.add(cb.lessThan(
                    a.get("submittedAt"),
                    f.submittedTo().plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        if (f.minTotal() != null) {
            where.add(cb.greaterThanOrEqualTo(a.get("results").get("total"), f.minTotal()));
        }
        if (f.maxTotal() != null) {
            where.add(cb.lessThanOrEqualTo(a.get("results").get("total"), f.maxTotal()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            // an application number is matched from its start (indexed); anything else by organisation name
            if (text.toUpperCase(Locale.ROOT).startsWith("KF-")) {
                where.add(cb.like(a.get("number"), text.toUpperCase(Locale.ROOT).replace("%", "") + "%"));
            } else {
                where.add(cb.like(o.get("name"), "%" + text.replace("%", "").replace("_", "") + "%"));
            }
        }
        return where.toArray(Predicate[]::new);
    }
}
