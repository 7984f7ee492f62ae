package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.intake.domain.ApplicationStatus;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramCatalog;
import cn.kaifeng.tfs.program.service.ProgramVersions;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What an eligibility answer is made of, read in one database connection with four plain SQL statements. This is
 * the hottest read of the application (thousands of bank queries a second): through JPA the same reads cost a
 * persistence context and a connection per query, about three times the time. Nothing here is cached: an
 * authorisation revoked a moment ago counts at once, on every node.
 */
@ApplicationScoped
public class EligibilityReads {

    /**
     * An enterprise that authorised the asking bank, the last day of that authorisation, and everything the judge
     * needs: the programs in force, the enterprise's cases and the latest lists, by program.
     */
    public record Authorised(
            String name,
            LocalDate authorisedUntil,
            List<ProgramDefinition> programs,
            Map<String, List<EligibilityJudge.Case>> cases,
            Map<String, EligibilityJudge.Listing> listings) {}

    private static final String ENTERPRISE = "SELECT o.id, o.name, (SELECT MAX(c.expires_on) FROM bank_consent c"
            + " WHERE c.enterprise_id = o.id AND c.bank_id = ? AND c.revoked_at IS NULL AND c.expires_on >= ?)"
            + " FROM organisation o WHERE o.credit_code = ?";

    private static final String PROGRAMS = "SELECT program_code, version, content_hash FROM program_version"
            + " WHERE status = 'PUBLISHED' ORDER BY program_code, version";

    private static final String CASES = "SELECT a.id, a.program_code, a.status, l.id, l.kind, l.number,"
            + " l.verification_code, l.amount, l.issued_at, l.revoked_at"
            + " FROM application a LEFT JOIN letter l ON l.application_id = a.id"
            + " WHERE a.organisation_id = ? AND a.status <> 'DRAFT' ORDER BY a.id";

    private static final String LISTINGS = "SELECT w.program_code, w.version, w.published_at, e.letter_id"
            + " FROM whitelist w LEFT JOIN whitelist_entry e ON e.whitelist_id = w.id AND e.enterprise_id = ?"
            + " WHERE w.version = (SELECT MAX(x.version) FROM whitelist x WHERE x.program_code = w.program_code)";

    @Resource(lookup = "java:jboss/datasources/TfsDS")
    private DataSource dataSource;

    @Inject
    private ProgramCatalog catalog;

    /**
     * What the bank may be told of the enterprise with this credit code; empty both when nobody registered the code
     * and when the enterprise has not authorised this bank (the bank is told the same in both cases).
     */
    public Optional<Authorised> read(long bankId, String creditCode, LocalDate today) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            String name;
            LocalDate until;
            try (PreparedStatement s = c.prepareStatement(ENTERPRISE)) {
                s.setLong(1, bankId);
                s.setDate(2, Date.valueOf(today));
                s.setString(3, creditCode);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || r.getDate(3) == null) {
                        return Optional.empty();
                    }
                    id = r.getLong(1);
                    name = r.getString(2);
                    until = r.getDate(3).toLocalDate();
                }
            }
            return Optional.of(new Authorised(name, until, programs(c), cases(c, id), listings(c, id)));
        } catch (SQLException e) {
            throw new IllegalStateException("eligibility could not be read: " + e.getMessage(), e);
        }
    }

    private List<ProgramDefinition> programs(Connection c) throws SQLException {
        List<ProgramVersions.Key> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(PROGRAMS);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                keys.add(new ProgramVersions.Key(r.getString(1), r.getInt(2), r.getString(3)));
            }
        }
        return catalog.current(keys);
    }

    private static Map<String, List<EligibilityJudge.Case>> cases(Connection c, long enterpriseId) throws SQLException {
        record Row(long id, String program, ApplicationStatus status, List<EligibilityJudge.IssuedLetter> letters) {}
        Map<Long, Row> byId = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(CASES)) {
            s.setLong(1, enterpriseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String program = r.getString(2);
                    ApplicationStatus status = ApplicationStatus.valueOf(r.getString(3));
                    Row row = byId.computeIfAbsent(id, k -> new Row(k, program, status, new ArrayList<>()));
                    long letterId = r.getLong(4);
                    if (!r.wasNull()) {
                        BigDecimal amount = r.getBigDecimal(8);
                        row.letters()
                                .add(new EligibilityJudge.IssuedLetter(
                                        letterId,
                                        LetterKind.valueOf(r.getString(5)),
                                        r.getString(6),
                                        r.getString(7),
                                        amount == null ? null : Money.ofYuan(amount),
                                        instant(r, 9),
                                        instant(r, 10)));
                    }
                }
            }
        }
        Map<String, List<EligibilityJudge.Case>> byProgram = new HashMap<>();
        for (Row row : byId.values()) {
            byProgram
                    .computeIfAbsent(row.program(), k -> new ArrayList<>())
                    .add(new EligibilityJudge.Case(row.id(), row.status(), row.letters()));
        }
        return byProgram;
    }

    private static Map<String, EligibilityJudge.Listing> listings(Connection c, long enterpriseId) throws SQLException {
        Map<String, Object[]> latest = new HashMap<>();
        Map<String, Set<Long>> listed = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(LISTINGS)) {
            s.setLong(1, enterpriseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String program = r.getString(1);
                    latest.putIfAbsent(program, new Object[] {r.getInt(2), instant(r, 3)});
                    Set<Long> letters = listed.computeIfAbsent(program, k -> new HashSet<>());
                    long letterId = r.getLong(4);
                    if (!r.wasNull()) {
                        letters.add(letterId);
                    }
                }
            }
        }
        Map<String, EligibilityJudge.Listing> byProgram = new HashMap<>();
        latest.forEach((program, v) -> byProgram.put(
                program, new EligibilityJudge.Listing((Integer) v[0], (Instant) v[1], listed.get(program))));
        return byProgram;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
