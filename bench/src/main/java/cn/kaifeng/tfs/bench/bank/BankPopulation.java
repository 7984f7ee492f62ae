package cn.kaifeng.tfs.bench.bank;

import cn.kaifeng.tfs.bank.pdf.EligibleListPdf;
import cn.kaifeng.tfs.bench.bank.SeededList.Program;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BENCHMARK FIXTURE, not product code: writes a realistic population for the bank benchmark into a running demo
 * database on PostgreSQL (bench/bank-load-real.sh), with the schema's own tables, in one transaction. The shares it
 * draws (fixed seed, so every run writes the same population) are explained in docs/performance.md:
 *
 * <ul>
 *   <li>every enterprise has authorised the load-test bank (the bank of client BC-DEMOLOADTEST) for 12 months;
 *   <li>30 % have applied for nothing yet (authorised ahead of applying); 70 % have one application, a fifth of them
 *       a second one in another program;
 *   <li>of the applications: 10 % drafts, 20 % in review, 3 % withdrawn, 12 % rejected with a rejection letter,
 *       55 % approved with an approval letter issued over the last 15 months (so about a fifth have expired), 4 % of
 *       those letters revoked;
 *   <li>each program gets a new eligible list, published 30 days ago, of every approval in force then (as
 *       {@code EligibleListService.publish} selects them, the demo's letters included); its CSV is written as the
 *       product writes it and its PDF is rendered by the product's {@link EligibleListPdf} but not signed;
 *   <li>the load-test bank reported a loan for 40 % of the listed letters.
 * </ul>
 *
 * Ids start at {@value #FIRST_ID}, far above what the sequences hand out, so the running server's own inserts never
 * collide with them; every seeded enterprise is named 基准企业… and every row carries "bench-seed" as its author, so
 * the fixture is recognisable and can be deleted. Refuses to run twice on one database. Prints nothing but counts,
 * and writes the credit codes, one a line, to the file given.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar cn.kaifeng.tfs.bench.bank.BankPopulation JDBC_URL CODES_FILE
 * [ENTERPRISES]} (user and password from TFS_DB_USER and TFS_DB_PASSWORD).
 */
public final class BankPopulation {

    static final long FIRST_ID = 8_000_000_000L;
    static final String BY = "bench-seed";
    private static final String CLIENT = "BC-DEMOLOADTEST";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] IN_REVIEW = {"SUBMITTED", "FORMAL_REVIEW", "EXPERT_REVIEW", "PUBLIC_NOTICE"};
    private static final String LETTER_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final Connection c;
    private final Random random = new Random(31);
    private final Instant now = Instant.now();
    private long nextId = FIRST_ID;
    private int letters;
    private int applications;

    private BankPopulation(Connection c) {
        this.c = c;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BankPopulation JDBC_URL CODES_FILE [ENTERPRISES]");
            System.exit(2);
        }
        int enterprises = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        String user = System.getenv().getOrDefault("TFS_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("TFS_DB_PASSWORD", "postgres");
        try (Connection c = DriverManager.getConnection(args[0] + "?reWriteBatchedInserts=true", user, password)) {
            c.setAutoCommit(false);
            List<String> codes = new BankPopulation(c).seed(enterprises);
            c.commit();
            // what autovacuum would do soon after such an insert; where it is off (as on the PostgreSQL of the
            // figures in docs/performance.md), the planner would otherwise plan the bank's reads for nearly empty
            // tables and scan application and letter whole
            c.setAutoCommit(true);
            c.createStatement()
                    .execute("ANALYZE organisation, bank_consent, application, letter, eligible_list,"
                            + " eligible_list_entry, loan_report, number_counter");
            Files.write(Path.of(args[1]), codes);
        }
    }

    private List<String> seed(int enterprises) throws SQLException {
        try (ResultSet r =
                c.createStatement().executeQuery("SELECT COUNT(*) FROM organisation WHERE id >= " + FIRST_ID)) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("this database has the population already");
            }
        }
        long bank = single("SELECT bank_id FROM bank_client WHERE client_id = '" + CLIENT + "'");
        List<Program> programs = programs();
        List<String> codes = new ArrayList<>();
        try (PreparedStatement org = c.prepareStatement("INSERT INTO organisation (id, kind, name, credit_code,"
                        + " created_at, version, identity_status) VALUES (?, 'ENTERPRISE', ?, ?, ?, 0, 'VERIFIED')");
                PreparedStatement consent = c.prepareStatement("INSERT INTO bank_consent (id, enterprise_id, bank_id,"
                        + " granted_by, granted_at, expires_on, version) VALUES (?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement app = c.prepareStatement("INSERT INTO application (id, number, organisation_id,"
                        + " created_by, program_code, program_version, program_hash, status, form_values, created_at,"
                        + " updated_at, submitted_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, 0)");
                PreparedStatement letter = c.prepareStatement("INSERT INTO letter (id, application_id, kind, number,"
                        + " verification_code, organisation_name, program_code, program_name, amount, issued_by,"
                        + " issued_at, sha256, size_bytes, revoked_by, revoked_at, revocation_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            for (int i = 1; i <= enterprises; i++) {
                long id = nextId++;
                String first17 = String.format("91410200MAB%06d", i);
                String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
                String name = String.format("基准企业%05d（压测）有限公司", i);
                codes.add(code);
                Instant registered = daysAgo(400 + random.nextInt(1500));
                org.setLong(1, id);
                org.setString(2, name);
                org.setString(3, code);
                org.setTimestamp(4, Timestamp.from(registered));
                org.addBatch();
                consent.setLong(1, nextId++);
                consent.setLong(2, id);
                consent.setLong(3, bank);
                consent.setString(4, BY);
                Instant granted = daysAgo(random.nextInt(60));
                consent.setTimestamp(5, Timestamp.from(granted));
                consent.setDate(
                        6, Date.valueOf(granted.atZone(ZONE).toLocalDate().plusMonths(12)));
                consent.addBatch();
                double applies = random.nextDouble();
                if (applies >= 0.30) {
                    int first = random.nextInt(programs.size());
                    application(app, letter, id, name, programs.get(first));
                    if (applies >= 0.86) { // a fifth of those who applied applied twice
                        Program other =
                                programs.get((first + 1 + random.nextInt(programs.size() - 1)) % programs.size());
                        application(app, letter, id, name, other);
                    }
                }
                if (i % 1000 == 0) {
                    org.executeBatch();
                    consent.executeBatch();
                    app.executeBatch();
                    letter.executeBatch();
                }
            }
            org.executeBatch();
            consent.executeBatch();
            app.executeBatch();
            letter.executeBatch();
        }
        int listed = 0;
        for (Program p : programs) {
            listed += SeededList.publish(c, p, daysAgo(30), nextId++);
        }
        int loans = loans(bank);
        System.out.printf(
                "seeded %d enterprises (all authorised %s), %d applications, %d letters, %d eligible-list entries"
                        + " in %d new lists, %d loans%n",
                enterprises, CLIENT, applications, letters, listed, programs.size(), loans);
        return codes;
    }

    private void application(PreparedStatement app, PreparedStatement letter, long org, String name, Program p)
            throws SQLException {
        double d = random.nextDouble();
        String status;
        String kind = null;
        if (d < 0.10) {
            status = "DRAFT";
        } else if (d < 0.30) {
            status = IN_REVIEW[random.nextInt(IN_REVIEW.length)];
        } else if (d < 0.33) {
            status = "WITHDRAWN";
        } else if (d < 0.45) {
            status = "REJECTED";
            kind = "REJECTION";
        } else {
            status = "LETTER_ISSUED";
            kind = "APPROVAL";
        }
        long id = nextId++;
        applications++;
        Instant issued = daysAgo(random.nextInt(450)); // 15 months
        Instant created = issued.minus(Duration.ofDays(30 + random.nextInt(60)));
        app.setLong(1, id);
        app.setString(2, "BENCH-" + id);
        app.setLong(3, org);
        app.setString(4, BY);
        app.setString(5, p.code());
        app.setInt(6, p.version());
        app.setString(7, p.hash());
        app.setString(8, status);
        app.setTimestamp(9, Timestamp.from(created));
        app.setTimestamp(10, Timestamp.from(kind == null ? created.plus(Duration.ofDays(5)) : issued));
        app.setTimestamp(11, status.equals("DRAFT") ? null : Timestamp.from(created.plus(Duration.ofDays(3))));
        app.addBatch();
        if (kind == null) {
            return;
        }
        long letterId = nextId++;
        letters++;
        boolean approval = kind.equals("APPROVAL");
        boolean revoked = approval && random.nextDouble() < 0.04;
        letter.setLong(1, letterId);
        letter.setLong(2, id);
        letter.setString(3, kind);
        letter.setString(4, "汴基准〔2026〕" + letterId + "号");
        letter.setString(5, verificationCode());
        letter.setString(6, name);
        letter.setString(7, p.code());
        letter.setString(8, p.name());
        // approvals of 500,000 to 5,000,000 yuan in steps of 10,000
        letter.setBigDecimal(
                9,
                approval
                        ? BigDecimal.valueOf((50 + random.nextInt(451)) * 10_000L, 0)
                                .setScale(2)
                        : null);
        letter.setString(10, BY);
        letter.setTimestamp(11, Timestamp.from(issued));
        letter.setString(12, String.format("%064x", letterId)); // unique; no file is stored for a seeded letter
        letter.setString(13, revoked ? BY : null);
        letter.setTimestamp(14, revoked ? Timestamp.from(issued.plus(Duration.ofDays(20))) : null);
        letter.setString(15, revoked ? "基准数据：撤销样本" : null);
        letter.addBatch();
    }

    /** The load-test bank's loans: 40 % of the seeded letters on a list, half to all of the approved amount. */
    private int loans(long bank) throws SQLException {
        List<Object[]> listed = new ArrayList<>();
        try (ResultSet r = c.createStatement()
                .executeQuery("SELECT x.letter_id, x.enterprise_id, w.program_code,"
                        + " x.amount, x.valid_from FROM eligible_list_entry x JOIN eligible_list w ON w.id = x.eligible_list_id"
                        + " WHERE w.published_by = '" + BY + "' AND x.letter_id >= " + FIRST_ID
                        + " ORDER BY x.letter_id")) {
            while (r.next()) {
                if (random.nextDouble() < 0.40) {
                    listed.add(
                            new Object[] {r.getLong(1), r.getLong(2), r.getString(3), r.getBigDecimal(4), r.getDate(5)
                            });
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO loan_report (id, bank_id, letter_id, enterprise_id,"
                + " program_code, amount, term_months, granted_on, reported_by, reported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] l : listed) {
                BigDecimal approved = (BigDecimal) l[3];
                LocalDate granted = ((Date) l[4]).toLocalDate().plusDays(7 + random.nextInt(40));
                s.setLong(1, nextId++);
                s.setLong(2, bank);
                s.setLong(3, (Long) l[0]);
                s.setLong(4, (Long) l[1]);
                s.setString(5, (String) l[2]);
                s.setBigDecimal(
                        6,
                        approved.multiply(BigDecimal.valueOf(5 + random.nextInt(6), 1))
                                .setScale(2));
                s.setInt(7, 12);
                s.setDate(8, Date.valueOf(granted));
                s.setString(9, CLIENT);
                s.setTimestamp(
                        10,
                        Timestamp.from(granted.atStartOfDay(ZONE).toInstant().plus(Duration.ofHours(10))));
                s.addBatch();
            }
            s.executeBatch();
        }
        return listed.size();
    }

    private List<Program> programs() throws SQLException {
        List<Program> programs = new ArrayList<>();
        Pattern name = Pattern.compile("(?m)^name:\\s*\\n\\s+zh:\\s*(.+)$");
        try (ResultSet r = c.createStatement()
                .executeQuery("SELECT program_code, version, content_hash, content"
                        + " FROM program_version v WHERE status = 'PUBLISHED' AND version = (SELECT MAX(m.version)"
                        + " FROM program_version m WHERE m.program_code = v.program_code AND m.status = 'PUBLISHED')"
                        + " ORDER BY program_code")) {
            while (r.next()) {
                Matcher m = name.matcher(r.getString(4));
                programs.add(new Program(
                        r.getString(1),
                        r.getInt(2),
                        r.getString(3),
                        m.find() ? m.group(1).trim() : r.getString(1)));
            }
        }
        if (programs.size() < 2) {
            throw new IllegalStateException("the demo's programs are not loaded; start the demo once first");
        }
        return programs;
    }

    private long single(String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("nothing found: " + sql);
            }
            return r.getLong(1);
        }
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(random.nextInt(600)));
    }

    private String verificationCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                code.append('-');
            }
            code.append(LETTER_CHARS.charAt(random.nextInt(LETTER_CHARS.length())));
        }
        return code.toString();
    }
}
