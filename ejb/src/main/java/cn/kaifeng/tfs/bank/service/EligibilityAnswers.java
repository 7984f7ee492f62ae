package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Eligibility answers as the database has them now: read with one statement per chunk of codes on a connection of
 * the asking request's own (autocommit, no transaction: one statement sees one snapshot) and judged in Java. The
 * query log then records exactly the answer read here, so what a bank is told and what the log keeps are one reading.
 */
@ApplicationScoped
public class EligibilityAnswers {

    @Resource(lookup = "java:jboss/datasources/TfsDS")
    private DataSource dataSource;

    @Inject
    private EligibilityReads reads;

    /** One answer per code asked, each as of {@code now}, read on a connection of the caller's own. */
    public Map<String, EligibilityAnswer> answer(long bankId, Collection<String> codes, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            return answer(c, bankId, codes, now);
        } catch (SQLException e) {
            throw new IllegalStateException("eligibility could not be read: " + e.getMessage(), e);
        }
    }

    /** One answer per code asked, each as of {@code now} (Beijing's date decides validity windows). */
    private Map<String, EligibilityAnswer> answer(Connection c, long bankId, Collection<String> codes, Instant now)
            throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, EligibilityJudge.ZONE);
        Map<String, EligibilityReads.Authorised> authorised = reads.read(c, bankId, codes, today);
        Map<String, EligibilityAnswer> answers = new HashMap<>();
        // a code asked twice in one batch (a bank's retry, two officers at once) is judged once: one reading, one
        // answer
        for (String code : new LinkedHashSet<>(codes)) {
            EligibilityReads.Authorised facts = authorised.get(code);
            answers.put(
                    code, facts == null ? EligibilityAnswer.unauthorised(code, now) : judged(code, facts, today, now));
        }
        return answers;
    }

    private static EligibilityAnswer judged(
            String code, EligibilityReads.Authorised facts, LocalDate today, Instant now) {
        List<EligibilityAnswer.ProgramAnswer> answers = new ArrayList<>();
        for (ProgramDefinition p : facts.programs()) {
            if (!p.category().forBanks()) {
                continue;
            }
            answers.add(new EligibilityAnswer.ProgramAnswer(
                    p.code(),
                    p.name(),
                    p.category(),
                    EligibilityJudge.judge(
                            p.code(),
                            p.award().validMonths(),
                            facts.cases().getOrDefault(p.code(), List.of()),
                            facts.listings().get(p.code()),
                            today)));
        }
        return new EligibilityAnswer(code, true, facts.name(), facts.authorisedUntil(), answers, now);
    }
}
