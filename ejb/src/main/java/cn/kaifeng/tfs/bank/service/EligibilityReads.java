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
 * What an eligibility answer is made of, read with one SQL statement in one round trip. This is the hottest read of
 * the application (thousands of bank queries a second) and its cost is mostly round trips: through JPA the same reads
 * took a persistence context and several statements per query, and as four plain statements (the enterprise and its
 * authorisation, the programs in force, its cases with their letters, the latest lists) the three extra round trips
 * cost the server and the database more than the reading itself. The four are now branches of one {@code UNION ALL},
 * each row tagged with the branch it comes from, every branch but the first gated on the authorisation. Nothing here
 * is cached: an authorisation revoked a moment ago counts at once, on every node.
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

    /*
     * Columns shared by the branches (typed once in the first, so both databases agree on the union's types):
     *   row    E enterprise, P program in force, C case (with one of its letters, if any), W latest list
     *   id1    E: organisation id; C: application id
     *   id2    C: letter id; W: id of the enterprise's letter on the list
     *   num    P, W: version
     *   s1     E: name; P, C, W: program code
     *   s2     P: content hash; C: application status
     *   s3..s5 C: letter kind, number, verification code
     *   amount C: letter amount
     *   t1, t2 C: issued, revoked; W: published
     *   until  E: last day of the authorisation (null: none in force)
     */
    private static final String READ = "WITH enterprise AS (SELECT o.id, o.name,"
            + " (SELECT MAX(c.expires_on) FROM bank_consent c WHERE c.enterprise_id = o.id AND c.bank_id = ?"
            + " AND c.revoked_at IS NULL AND c.expires_on >= ?) AS until"
            + " FROM organisation o WHERE o.credit_code = ?)"
            + " SELECT CAST('E' AS VARCHAR(1)) AS row_kind, CAST(e.id AS BIGINT) AS id1, CAST(NULL AS BIGINT) AS id2,"
            + " CAST(NULL AS INTEGER) AS num, CAST(e.name AS VARCHAR(200)) AS s1, CAST(NULL AS VARCHAR(64)) AS s2,"
            + " CAST(NULL AS VARCHAR(10)) AS s3, CAST(NULL AS VARCHAR(40)) AS s4, CAST(NULL AS VARCHAR(14)) AS s5,"
            + " CAST(NULL AS NUMERIC(15, 2)) AS amount, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t1,"
            + " CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t2, CAST(e.until AS DATE) AS until FROM enterprise e"
            + " UNION ALL SELECT 'P', NULL, NULL, v.version, v.program_code, v.content_hash, NULL, NULL, NULL, NULL,"
            + " NULL, NULL, NULL FROM program_version v JOIN enterprise e ON e.until IS NOT NULL"
            + " WHERE v.status = 'PUBLISHED'"
            + " UNION ALL SELECT 'C', a.id, l.id, NULL, a.program_code, a.status, l.kind, l.number,"
            + " l.verification_code, l.amount, l.issued_at, l.revoked_at, NULL"
            + " FROM enterprise e JOIN application a ON a.organisation_id = e.id"
            + " LEFT JOIN letter l ON l.application_id = a.id WHERE e.until IS NOT NULL AND a.status <> 'DRAFT'"
            + " UNION ALL SELECT 'W', NULL, x.letter_id, w.version, w.program_code, NULL, NULL, NULL, NULL, NULL,"
            + " w.published_at, NULL, NULL FROM enterprise e JOIN whitelist w ON e.until IS NOT NULL"
            + " LEFT JOIN whitelist_entry x ON x.whitelist_id = w.id AND x.enterprise_id = e.id"
            + " WHERE w.version = (SELECT MAX(m.version) FROM whitelist m WHERE m.program_code = w.program_code)"
            + " ORDER BY row_kind, s1, num, id1, id2";

    @Resource(lookup = "java:jboss/datasources/TfsDS")
    private DataSource dataSource;

    @Inject
    private ProgramCatalog catalog;

    /**
     * What the bank may be told of the enterprise with this credit code; empty both when nobody registered the code
     * and when the enterprise has not authorised this bank (the bank is told the same in both cases).
     */
    public Optional<Authorised> read(long bankId, String creditCode, LocalDate today) {
        String name = null;
        LocalDate until = null;
        List<ProgramVersions.Key> programs = new ArrayList<>();
        Map<Long, CaseRow> cases = new LinkedHashMap<>();
        Map<String, ListRow> lists = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(READ)) {
            s.setLong(1, bankId);
            s.setDate(2, Date.valueOf(today));
            s.setString(3, creditCode);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    switch (r.getString(1)) {
                        case "E" -> {
                            name = r.getString(5);
                            Date last = r.getDate(13);
                            until = last == null ? null : last.toLocalDate();
                        }
                        case "P" -> programs.add(new ProgramVersions.Key(r.getString(5), r.getInt(4), r.getString(6)));
                        case "C" -> caseRow(r, cases);
                        case "W" -> listRow(r, lists);
                        default -> throw new IllegalStateException("unexpected row " + r.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("eligibility could not be read: " + e.getMessage(), e);
        }
        if (until == null) {
            return Optional.empty();
        }
        return Optional.of(new Authorised(name, until, catalog.current(programs), byProgram(cases), listings(lists)));
    }

    private record CaseRow(
            long id, String program, ApplicationStatus status, List<EligibilityJudge.IssuedLetter> letters) {}

    private record ListRow(int version, Instant publishedAt, Set<Long> letters) {}

    private static void caseRow(ResultSet r, Map<Long, CaseRow> cases) throws SQLException {
        long id = r.getLong(2);
        String program = r.getString(5);
        ApplicationStatus status = ApplicationStatus.valueOf(r.getString(6));
        CaseRow row = cases.computeIfAbsent(id, k -> new CaseRow(k, program, status, new ArrayList<>()));
        long letterId = r.getLong(3);
        if (!r.wasNull()) {
            BigDecimal amount = r.getBigDecimal(10);
            row.letters()
                    .add(new EligibilityJudge.IssuedLetter(
                            letterId,
                            LetterKind.valueOf(r.getString(7)),
                            r.getString(8),
                            r.getString(9),
                            amount == null ? null : Money.ofYuan(amount),
                            instant(r, 11),
                            instant(r, 12)));
        }
    }

    private static void listRow(ResultSet r, Map<String, ListRow> lists) throws SQLException {
        String program = r.getString(5);
        ListRow row = lists.get(program);
        if (row == null) {
            row = new ListRow(r.getInt(4), instant(r, 11), new HashSet<>());
            lists.put(program, row);
        }
        long letterId = r.getLong(3);
        if (!r.wasNull()) {
            row.letters().add(letterId);
        }
    }

    private static Map<String, List<EligibilityJudge.Case>> byProgram(Map<Long, CaseRow> cases) {
        Map<String, List<EligibilityJudge.Case>> byProgram = new HashMap<>();
        for (CaseRow row : cases.values()) {
            byProgram
                    .computeIfAbsent(row.program(), k -> new ArrayList<>())
                    .add(new EligibilityJudge.Case(row.id(), row.status(), row.letters()));
        }
        return byProgram;
    }

    private static Map<String, EligibilityJudge.Listing> listings(Map<String, ListRow> lists) {
        Map<String, EligibilityJudge.Listing> byProgram = new HashMap<>();
        lists.forEach((program, row) ->
                byProgram.put(program, new EligibilityJudge.Listing(row.version(), row.publishedAt(), row.letters())));
        return byProgram;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
