package cn.kaifeng.tfs.bench;

import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.review.service.QueueQuery;
import cn.kaifeng.tfs.review.service.ReviewQueueService;
import cn.kaifeng.tfs.shared.infra.MoneyConverter;
import cn.kaifeng.tfs.shared.infra.UnifiedSocialCreditCodeConverter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reviewers' queue with 100,000 applications: the time to serve its first page (count and 20 rows, newest
 * first) and a filtered page (program, status and district), as the queue service runs them, with Hibernate on
 * the migrated schema. Sample mode, so JMH prints p50, p95 and p99 in milliseconds; the target is p95 ≤ 100 ms.
 *
 * <p>Database: H2 in target/ by default (seeded once, kept between runs; its query result cache is off, or identical
 * queries would be answered from it); for PostgreSQL, the production database, pass
 * {@code -Dtfs.bench.db=jdbc:postgresql://127.0.0.1:5432/tfs_bench -Dtfs.bench.user=postgres} (the database must
 * exist; it is migrated and seeded on first use).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class QueueBenchmark {

    static final int APPLICATIONS = 100_000;
    static final int ORGANISATIONS = 2_000;

    private static final List<String> PROGRAMS = List.of(
            "KF-RC-TALENT",
            "KF-RC-TEAM",
            "KF-GZ-EQUITY-DEBT",
            "KF-JJ-FUND",
            "KF-XD-CREDIT",
            "KF-XD-EQUITY-PLEDGE",
            "KF-XD-IP-PLEDGE",
            "KF-ZL-LEASING");
    private static final List<String> DISTRICTS =
            List.of("LONGTING", "SHUNHE", "GULOU", "YUWANGTAI", "XIANGFU", "LANKAO", "QIXIAN", "TONGXU", "WEISHI");
    private static final List<String> FIELDS =
            List.of("XR", "DIGITAL_TWIN", "BCI", "MODELING_3D", "NFT_ASSETS", "AI_CHIP", "AI_ALGORITHM");
    private static final List<ApplicationStatus> STATUSES = List.of(
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.FORMAL_REVIEW,
            ApplicationStatus.EXPERT_REVIEW,
            ApplicationStatus.REVIEW_CONCLUDED,
            ApplicationStatus.PUBLIC_NOTICE,
            ApplicationStatus.APPROVED,
            ApplicationStatus.REJECTED);

    private EntityManagerFactory factory;
    private EntityManager em;

    @Setup(Level.Trial)
    public void seed() throws SQLException {
        String url = System.getProperty(
                "tfs.bench.db", "jdbc:h2:file:./target/queue-bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
        String user = System.getProperty("tfs.bench.user", "sa");
        String password = System.getProperty("tfs.bench.password", user.equals("sa") ? "sa" : "");
        Flyway.configure().dataSource(url, user, password).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            int have = count(c);
            if (have < APPLICATIONS) {
                insert(c, APPLICATIONS - have);
            }
            System.out.printf("%nqueue benchmark: %d applications in %s%n", count(c), url);
        }
        factory = new Configuration()
                .addAnnotatedClass(Application.class)
                .addAnnotatedClass(Organisation.class)
                .addAnnotatedClass(UserAccount.class)
                .addAnnotatedClass(MoneyConverter.class)
                .addAnnotatedClass(UnifiedSocialCreditCodeConverter.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .buildSessionFactory();
        em = factory.createEntityManager();
    }

    @TearDown(Level.Trial)
    public void close() {
        em.close();
        factory.close();
    }

    /** What the queue page does when a reviewer opens it: count, and the first 20, newest first. */
    @Benchmark
    public List<ReviewQueueService.Row> firstPage() {
        em.clear();
        long total = QueueQuery.count(em, ReviewQueueService.Filter.none());
        List<ReviewQueueService.Row> page = QueueQuery.page(em, ReviewQueueService.Filter.none(), 0, 20, null, false);
        if (total < APPLICATIONS || page.size() != 20) {
            throw new IllegalStateException("queue not seeded: " + total);
        }
        return page;
    }

    private final Random pick = new Random(7);

    /**
     * A filtered page: one program, one status, one district (a different combination each time, so no cache
     * answers it), sorted by score.
     */
    @Benchmark
    public List<ReviewQueueService.Row> filteredPage() {
        em.clear();
        ReviewQueueService.Filter filter = new ReviewQueueService.Filter(
                PROGRAMS.get(pick.nextInt(PROGRAMS.size())),
                STATUSES.get(pick.nextInt(STATUSES.size())),
                DISTRICTS.get(pick.nextInt(DISTRICTS.size())),
                null,
                null,
                null,
                null,
                null,
                null);
        QueueQuery.count(em, filter);
        return QueueQuery.page(em, filter, 0, 20, "total", false);
    }

    private static int count(Connection c) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM application")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Organisations and applications by JDBC batches, with ids far above what the sequences hand out. */
    private static void insert(Connection c, int applications) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(42);
        long orgBase = 900_000_000L;
        try (PreparedStatement org = c.prepareStatement(
                "INSERT INTO organisation (id, kind, name, credit_code, created_at, version, identity_status)"
                        + " VALUES (?, 'ENTERPRISE', ?, NULL, ?, 0, 'NO_CODE')")) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                if (exists(c, orgBase + i)) {
                    continue;
                }
                org.setLong(1, orgBase + i);
                org.setString(2, "开封基准测试企业" + i + "有限公司");
                org.setTimestamp(3, Timestamp.from(Instant.now()));
                org.addBatch();
            }
            org.executeBatch();
        }
        long appBase = 900_000_000L + count(c);
        Instant now = Instant.now();
        try (PreparedStatement app = c.prepareStatement("INSERT INTO application (id, number, organisation_id,"
                + " created_by, program_code, program_version, program_hash, status, form_values, total, outcome,"
                + " district, tech_field, created_at, updated_at, submitted_at, version, revision)"
                + " VALUES (?, ?, ?, 'bench', ?, 1, 'bench', ?, '{}', ?, 'PASSED', ?, ?, ?, ?, ?, 0, 1)")) {
            for (int i = 0; i < applications; i++) {
                long id = appBase + i;
                Instant submitted = now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
                app.setLong(1, id);
                app.setString(2, "KF-BM-2026-" + id);
                app.setLong(3, orgBase + random.nextInt(ORGANISATIONS));
                app.setString(4, PROGRAMS.get(random.nextInt(PROGRAMS.size())));
                app.setString(5, STATUSES.get(random.nextInt(STATUSES.size())).name());
                app.setBigDecimal(6, BigDecimal.valueOf(random.nextInt(10_000), 2));
                app.setString(7, DISTRICTS.get(random.nextInt(DISTRICTS.size())));
                app.setString(8, FIELDS.get(random.nextInt(FIELDS.size())));
                app.setTimestamp(9, Timestamp.from(submitted));
                app.setTimestamp(10, Timestamp.from(submitted));
                app.setTimestamp(11, Timestamp.from(submitted));
                app.addBatch();
                if (i % 1000 == 999) {
                    app.executeBatch();
                    c.commit();
                }
            }
            app.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    private static boolean exists(Connection c, long organisationId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM organisation WHERE id = ?")) {
            p.setLong(1, organisationId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }
}
