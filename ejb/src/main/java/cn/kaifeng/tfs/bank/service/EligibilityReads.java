package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.program.service.ProgramVersions;
import cn.kaifeng.tfs.shared.domain.Money;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What eligibility answers are made of, for every credit code of a bank's request (one code or a batch), read with
 * one SQL statement per chunk of codes on the request's connection (see {@link EligibilityService}). The hottest
 * read of the application (thousands of bank queries a second) and its cost is mostly round trips: through JPA the
 * reads took a persistence context and several statements per query; as four plain statements per query (the
 * enterprise and its authorisation, the programs in force, its cases with their letters, the latest lists) the round
 * trips cost the server and the database more than the reading. The four are now branches of one {@code UNION ALL},
 * each row tagged with its branch and the code it belongs to, every branch but the first gated on an authorisation,
 * and one statement reads them for all the codes a request asks about. Nothing here is cached: an authorisation
 * revoked a moment ago counts at once, on every node.
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

    /**
     * Codes per statement. A batch's codes are read in chunks of these sizes, the last chunk padded with its last
     * code (a repeated code in an IN list changes nothing), so that a handful of statement texts serve every batch
     * and stay prepared on the database's side.
     */
    private static final int[] CHUNKS = {1, 4, 16, 64};

    private static final String[] READS =
            Arrays.stream(CHUNKS).mapToObj(EligibilityReads::read).toArray(String[]::new);

    /*
     * Columns shared by the branches (typed once in the first, so both databases agree on the union's types):
     *   row    E enterprise, P program in force, C case (with one of its letters, if any), L latest list
     *   code   E, C, L: the credit code the row belongs to (P rows belong to every code)
     *   id1    E: organisation id; C: application id
     *   id2    C: letter id; L: id of the enterprise's letter on the list
     *   num    P, L: version
     *   s1     E: name; P, C, L: program code
     *   s2     P: content hash; C: application status
     *   s3..s5 C: letter kind, number, verification code
     *   amount C: letter amount
     *   t1, t2 C: issued, revoked; L: published
     *   until  E: last day of the authorisation (null: none in force)
     */
    private static String read(int codes) {
        String in = String.join(", ", Collections.nCopies(codes, "?"));
        return "WITH enterprise AS (SELECT o.id, o.credit_code, o.name,"
                + " (SELECT MAX(c.expires_on) FROM bank_consent c WHERE c.enterprise_id = o.id AND c.bank_id = ?"
                + " AND c.revoked_at IS NULL AND c.expires_on >= ?) AS until"
                + " FROM organisation o WHERE o.credit_code IN (" + in + "))"
                + " SELECT CAST('E' AS VARCHAR(1)) AS row_kind, CAST(e.credit_code AS VARCHAR(18)) AS code,"
                + " CAST(e.id AS BIGINT) AS id1, CAST(NULL AS BIGINT) AS id2, CAST(NULL AS INTEGER) AS num,"
                + " CAST(e.name AS VARCHAR(200)) AS s1, CAST(NULL AS VARCHAR(64)) AS s2,"
                + " CAST(NULL AS VARCHAR(10)) AS s3, CAST(NULL AS VARCHAR(40)) AS s4, CAST(NULL AS VARCHAR(14)) AS s5,"
                + " CAST(NULL AS NUMERIC(15, 2)) AS amount, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t1,"
                + " CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t2, CAST(e.until AS DATE) AS until FROM enterprise e"
                + " UNION ALL SELECT 'P', NULL, NULL, NULL, v.version, v.program_code, v.content_hash, NULL, NULL,"
                + " NULL, NULL, NULL, NULL, NULL FROM program_version v WHERE v.status = 'PUBLISHED'"
                + " AND EXISTS (SELECT 1 FROM enterprise e WHERE e.until IS NOT NULL)"
                + " UNION ALL SELECT 'C', e.credit_code, a.id, l.id, NULL, a.program_code, a.status, l.kind, l.number,"
                + " l.verification_code, l.amount, l.issued_at, l.revoked_at, NULL"
                + " FROM enterprise e JOIN application a ON a.organisation_id = e.id"
                + " LEFT JOIN letter l ON l.application_id = a.id WHERE e.until IS NOT NULL AND a.status <> 'DRAFT'"
                + " UNION ALL SELECT 'L', e.credit_code, NULL, x.letter_id, w.version, w.program_code, NULL, NULL, NULL,"
                + " NULL, NULL, w.published_at, NULL, NULL FROM enterprise e JOIN eligible_list w ON e.until IS NOT NULL"
                + " LEFT JOIN eligible_list_entry x ON x.eligible_list_id = w.id AND x.enterprise_id = e.id"
                + " WHERE w.version = (SELECT MAX(m.version) FROM eligible_list m WHERE m.program_code = w.program_code)"
                + " ORDER BY row_kind, code, s1, num, id1, id2";
    }

    @Inject
    private ProgramService catalog;

    /**
     * What the bank may be told of the enterprises with these credit codes, by code; a code is absent both when
     * nobody registered it and when its enterprise has not authorised this bank (the bank is told the same in both
     * cases). Read on the caller's connection.
     */
    public Map<String, Authorised> read(Connection c, long bankId, Collection<String> creditCodes, LocalDate today)
            throws SQLException {
        List<String> codes = List.copyOf(new LinkedHashSet<>(creditCodes));
        Map<String, Facts> facts = new HashMap<>();
        List<ProgramVersions.Key> programs = new ArrayList<>();
        for (int from = 0; from < codes.size(); ) {
            int chunk = chunk(codes.size() - from);
            List<ProgramVersions.Key> inForce = new ArrayList<>();
            readChunk(
                    c,
                    chunk,
                    bankId,
                    codes.subList(from, Math.min(codes.size(), from + CHUNKS[chunk])),
                    today,
                    facts,
                    inForce);
            if (!inForce.isEmpty()) {
                programs = inForce;
            }
            from += CHUNKS[chunk];
        }
        if (facts.values().stream().noneMatch(f -> f.until != null)) {
            return Map.of();
        }
        List<ProgramDefinition> current = catalog.current(programs);
        Map<String, Authorised> authorised = new HashMap<>();
        facts.forEach((code, f) -> {
            if (f.until != null) {
                authorised.put(code, new Authorised(f.name, f.until, current, byProgram(f.cases), listings(f.lists)));
            }
        });
        return authorised;
    }

    /** The smallest chunk that holds what is left, or the largest. */
    private static int chunk(int left) {
        for (int i = 0; i < CHUNKS.length; i++) {
            if (CHUNKS[i] >= left) {
                return i;
            }
        }
        return CHUNKS.length - 1;
    }

    private static void readChunk(
            Connection c,
            int chunk,
            long bankId,
            List<String> codes,
            LocalDate today,
            Map<String, Facts> facts,
            List<ProgramVersions.Key> programs)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(READS[chunk])) {
            s.setLong(1, bankId);
            s.setDate(2, Date.valueOf(today));
            for (int i = 0; i < CHUNKS[chunk]; i++) {
                s.setString(3 + i, codes.get(Math.min(i, codes.size() - 1)));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String kind = r.getString(1);
                    if (kind.equals("P")) {
                        programs.add(new ProgramVersions.Key(r.getString(6), r.getInt(5), r.getString(7)));
                        continue;
                    }
                    Facts f = facts.computeIfAbsent(r.getString(2), k -> new Facts());
                    switch (kind) {
                        case "E" -> {
                            f.name = r.getString(6);
                            Date last = r.getDate(14);
                            f.until = last == null ? null : last.toLocalDate();
                        }
                        case "C" -> caseRow(r, f.cases);
                        case "L" -> listRow(r, f.lists);
                        default -> throw new IllegalStateException("unexpected row " + kind);
                    }
                }
            }
        }
    }

    /** What the rows say of one enterprise. */
    private static final class Facts {
        String name;
        LocalDate until;
        final Map<Long, CaseRow> cases = new LinkedHashMap<>();
        final Map<String, ListRow> lists = new HashMap<>();
    }

    private record CaseRow(
            long id, String program, ApplicationStatus status, List<EligibilityJudge.IssuedLetter> letters) {}

    private record ListRow(int version, Instant publishedAt, Set<Long> letters) {}

    private static void caseRow(ResultSet r, Map<Long, CaseRow> cases) throws SQLException {
        long id = r.getLong(3);
        String program = r.getString(6);
        ApplicationStatus status = ApplicationStatus.valueOf(r.getString(7));
        CaseRow row = cases.computeIfAbsent(id, k -> new CaseRow(k, program, status, new ArrayList<>()));
        long letterId = r.getLong(4);
        if (!r.wasNull()) {
            BigDecimal amount = r.getBigDecimal(11);
            row.letters()
                    .add(new EligibilityJudge.IssuedLetter(
                            letterId,
                            LetterKind.valueOf(r.getString(8)),
                            r.getString(9),
                            r.getString(10),
                            amount == null ? null : Money.ofYuan(amount),
                            instant(r, 12),
                            instant(r, 13)));
        }
    }

    private static void listRow(ResultSet r, Map<String, ListRow> lists) throws SQLException {
        String program = r.getString(6);
        ListRow row = lists.get(program);
        if (row == null) {
            row = new ListRow(r.getInt(5), instant(r, 12), new HashSet<>());
            lists.put(program, row);
        }
        long letterId = r.getLong(4);
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
