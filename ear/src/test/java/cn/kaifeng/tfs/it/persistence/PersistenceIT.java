package cn.kaifeng.tfs.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.domain.StoredPassword;
import cn.kaifeng.tfs.account.domain.UserAccount;
import cn.kaifeng.tfs.account.domain.Username;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.organisation.domain.TeamMember;
import cn.kaifeng.tfs.program.domain.ProgramVersion;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import cn.kaifeng.tfs.shared.infra.MoneyConverter;
import cn.kaifeng.tfs.shared.infra.PersonalDataCipher;
import cn.kaifeng.tfs.shared.infra.PersonalDataKeys;
import cn.kaifeng.tfs.shared.infra.ResidentIdNumberConverter;
import cn.kaifeng.tfs.shared.infra.UnifiedSocialCreditCodeConverter;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.io.File;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Persistence on the real server and database (H2, or PostgreSQL in the second CI run). The application is
 * deployed first, so its start-up runs the Flyway migrations; then a small probe archive with the entities maps
 * them onto that schema with Hibernate's validation on, and stores and reads real rows.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment(name = "probe")
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "persistence-probe.war")
                .addPackage(Organisation.class.getPackage())
                .addPackage(UserAccount.class.getPackage())
                .addPackage(UnifiedSocialCreditCode.class.getPackage())
                .addPackage(ProgramVersion.class.getPackage())
                .addPackage(cn.kaifeng.tfs.program.expression.Facts.class.getPackage())
                // every entity the application maps, so Hibernate validates each against the migrated schema
                .addPackage(cn.kaifeng.tfs.casefile.domain.Application.class.getPackage())
                .addPackage(cn.kaifeng.tfs.attachment.domain.Attachment.class.getPackage())
                .addPackage(cn.kaifeng.tfs.audit.domain.AuditRecord.class.getPackage())
                .addPackage(cn.kaifeng.tfs.notification.domain.Notification.class.getPackage())
                .addPackage(cn.kaifeng.tfs.organisation.domain.OrganisationProfile.class.getPackage())
                .addPackage(cn.kaifeng.tfs.letter.domain.Letter.class.getPackage())
                .addPackage(cn.kaifeng.tfs.bank.domain.BankQuery.class.getPackage())
                .addPackage(cn.kaifeng.tfs.verification.domain.Claim.class.getPackage())
                .addPackage(cn.kaifeng.tfs.matching.domain.ProgramMatch.class.getPackage())
                .addPackage(cn.kaifeng.tfs.ledger.domain.Book.class.getPackage())
                .addPackage(cn.kaifeng.tfs.agreement.domain.Agreement.class.getPackage())
                .addPackage(cn.kaifeng.tfs.payment.domain.PaymentRequest.class.getPackage())
                .addClasses(
                        cn.kaifeng.tfs.payment.infra.AccountNumberConverter.class,
                        cn.kaifeng.tfs.matching.infra.ReasonsConverter.class,
                        cn.kaifeng.tfs.organisation.infra.ContactPhoneConverter.class,
                        UnifiedSocialCreditCodeConverter.class,
                        MoneyConverter.class,
                        ResidentIdNumberConverter.class,
                        PersonalDataKeys.class,
                        PersonalDataCipher.class,
                        cn.kaifeng.tfs.shared.infra.EncryptedTextConverter.class,
                        Probe.class,
                        Deployments.class,
                        TestData.class)
                .addAsResource(
                        new File("target/test-classes/persistence-probe/persistence.xml"), "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @EJB
    private Probe probe;

    @Test
    @OperateOnDeployment("probe")
    void flywayHasAppliedEveryMigrationSuccessfully() {
        List<?> failed = probe.inTransaction(
                em -> em.createNativeQuery("SELECT version FROM flyway_schema_history WHERE success = FALSE")
                        .getResultList());
        assertTrue(failed.isEmpty(), "failed migrations: " + failed);
        Number applied = probe.inTransaction(em ->
                (Number) em.createNativeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                        .getSingleResult());
        assertTrue(applied.intValue() >= 1);
    }

    @Test
    @OperateOnDeployment("probe")
    void aCounterTakesThePrefixOfTheLongestProgramCode() {
        // an eligible list's counter is "W:" and the program code, which may be 40 characters
        String prefix = "W:" + "A".repeat(40);
        int year = 1900 + (int) (System.nanoTime() % 100);
        assertEquals(
                1,
                probe.<Integer>inTransaction(em -> em.createNativeQuery(
                                "INSERT INTO number_counter (prefix, counter_year, last_value) VALUES (?1, ?2, 1)")
                        .setParameter(1, prefix)
                        .setParameter(2, year)
                        .executeUpdate()));
    }

    @Test
    @OperateOnDeployment("probe")
    void theNightlyRunIsClaimedOnceADayAndANoticeKeyIsStoredOnce() {
        // the hourly tick claims a day once: the claim inserts the day's row only when it is missing
        java.time.LocalDate day = java.time.LocalDate.of(2001, 1, 1 + (int) (System.nanoTime() % 28));
        java.util.function.Supplier<Integer> claim =
                () -> probe.inTransaction(em -> em.createNativeQuery(cn.kaifeng.tfs.matching.service.MatchStore.CLAIM)
                        .setParameter(1, day)
                        .setParameter(2, Instant.now())
                        .executeUpdate());
        assertEquals(1, claim.get());
        assertEquals(0, claim.get());
        // two nodes inserting at the same instant: the second insert of a day's row fails, so only one runs the night
        assertThrows(
                RuntimeException.class,
                () -> probe.inTransaction(
                        em -> em.createNativeQuery("INSERT INTO match_run (run_day, started_at) VALUES (?1, ?2)")
                                .setParameter(1, day)
                                .setParameter(2, Instant.now())
                                .executeUpdate()));
        Long organisation = probe.inTransaction(em -> {
            Organisation o = new Organisation(
                    OrganisationKind.ENTERPRISE,
                    "通知一次测试企业",
                    UnifiedSocialCreditCode.of(TestData.creditCode()),
                    Instant.now());
            em.persist(o);
            em.flush();
            em.persist(new cn.kaifeng.tfs.matching.domain.MatchNotice(o.id(), "KF-ZL-LEASING", 3, Instant.now()));
            return o.id();
        });
        // a second node storing the same notice a moment later fails, so it never tells the organisation again
        assertThrows(
                RuntimeException.class,
                () -> probe.inTransaction(em -> {
                    em.persist(new cn.kaifeng.tfs.matching.domain.MatchNotice(
                            organisation, "KF-ZL-LEASING", 3, Instant.now()));
                    em.flush();
                    return null;
                }));
        probe.inTransaction(em -> {
            em.persist(new cn.kaifeng.tfs.matching.domain.MatchNotice(organisation, "KF-ZL-LEASING", 4, Instant.now()));
            return null;
        });
    }

    @Test
    @OperateOnDeployment("probe")
    void theBankQueryLogHoldsARowWhoseBankIsNoOrganisation() {
        // migration 19 dropped the foreign key, whose name each database chose itself: if the lookup of that name
        // missed it, this insert fails
        long id = -System.nanoTime();
        probe.inTransaction(em -> em.createNativeQuery("INSERT INTO bank_query"
                        + " (id, bank_id, asked_by, channel, subject, asked_about, purpose, result, asked_at)"
                        + " VALUES (?1, -1, 'BC-PROBE', 'API', 'ELIGIBILITY', NULL, 'PRE_LOAN', 'MALFORMED', ?2)")
                .setParameter(1, id)
                .setParameter(2, OffsetDateTime.now())
                .executeUpdate());
        Number deleted = probe.inTransaction(em -> em.createNativeQuery("DELETE FROM bank_query WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate());
        assertEquals(1, deleted.intValue());
    }

    @Test
    @OperateOnDeployment("probe")
    void noTableColumnSequenceOrConstraintIsStillNamedWhitelist() {
        // migrations 25 and 26 renamed the eligible list's tables and what the databases had named after them
        List<?> left = probe.inTransaction(em -> em.createNativeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE LOWER(table_name) LIKE '%whitelist%'"
                        + " UNION ALL SELECT column_name FROM information_schema.columns"
                        + " WHERE LOWER(column_name) LIKE '%whitelist%'"
                        + " UNION ALL SELECT sequence_name FROM information_schema.sequences"
                        + " WHERE LOWER(sequence_name) LIKE '%whitelist%'"
                        + " UNION ALL SELECT constraint_name FROM information_schema.table_constraints"
                        + " WHERE LOWER(constraint_name) LIKE '%whitelist%'")
                .getResultList());
        assertTrue(left.isEmpty(), "still named whitelist: " + left);
        List<?> renamed =
                probe.inTransaction(em -> em.createNativeQuery("SELECT table_name FROM information_schema.tables"
                                + " WHERE LOWER(table_name) IN ('eligible_list', 'eligible_list_entry')")
                        .getResultList());
        assertEquals(2, renamed.size(), "the eligible list's tables: " + renamed);
    }

    @Test
    @OperateOnDeployment("probe")
    void organisationsAndAccountsRoundTripWithTheirValueObjects() {
        String code = TestData.creditCode();
        String username = TestData.username("persist");
        Long accountId = probe.inTransaction(em -> {
            Organisation organisation = new Organisation(
                    OrganisationKind.ENTERPRISE, "开封测试三维建模有限公司", UnifiedSocialCreditCode.of(code), Instant.now());
            em.persist(organisation);
            UserAccount account = new UserAccount(
                    username,
                    "测试",
                    EnumSet.of(Role.APPLICANT),
                    organisation,
                    new StoredPassword("aGFzaA==", "c2FsdA==", 10),
                    Instant.now());
            em.persist(account);
            return account.id();
        });
        probe.inTransaction(em -> {
            UserAccount loaded = em.find(UserAccount.class, accountId);
            assertEquals(Username.normalise(username), loaded.username());
            assertEquals(EnumSet.of(Role.APPLICANT), loaded.roles());
            assertEquals(UnifiedSocialCreditCode.of(code), loaded.organisation().creditCode());
            // the realm reads roles straight from user_role: check the stored form, not just the mapping
            Object role = em.createNativeQuery("SELECT role_name FROM user_role WHERE user_id = ?1")
                    .setParameter(1, accountId)
                    .getSingleResult();
            assertEquals("APPLICANT", role.toString());
            return null;
        });
    }

    @Test
    @OperateOnDeployment("probe")
    void theDatabaseRefusesASecondOrganisationWithTheSameCreditCode() {
        String code = TestData.creditCode();
        probe.inTransaction(em -> {
            em.persist(new Organisation(
                    OrganisationKind.ENTERPRISE, "第一家", UnifiedSocialCreditCode.of(code), Instant.now()));
            return null;
        });
        assertThrows(
                EJBException.class,
                () -> probe.inTransaction(em -> {
                    em.persist(new Organisation(
                            OrganisationKind.BANK, "第二家", UnifiedSocialCreditCode.of(code), Instant.now()));
                    return null;
                }));
    }

    @Test
    @OperateOnDeployment("probe")
    void aCorruptedCreditCodeInTheDatabaseIsNotReadAsValid() {
        String code = TestData.creditCode();
        Long id = probe.inTransaction(em -> {
            Organisation organisation =
                    new Organisation(OrganisationKind.BANK, "测试银行", UnifiedSocialCreditCode.of(code), Instant.now());
            em.persist(organisation);
            return organisation.id();
        });
        char wrong = code.charAt(17) == '1' ? '2' : '1';
        probe.inTransaction(em -> em.createNativeQuery("UPDATE organisation SET credit_code = ?1 WHERE id = ?2")
                .setParameter(1, code.substring(0, 17) + wrong)
                .setParameter(2, id)
                .executeUpdate());
        EJBException e =
                assertThrows(EJBException.class, () -> probe.inTransaction(em -> em.find(Organisation.class, id)));
        assertTrue(rootCause(e) instanceof DomainException, "the converter re-verifies: " + rootCause(e));
        // the damaged row would trouble every later test that lists organisations
        probe.inTransaction(em -> em.createNativeQuery("DELETE FROM organisation WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate());
    }

    @Test
    @OperateOnDeployment("probe")
    void theContactPhoneIsStoredEncryptedAndReadBackWhole() {
        Long organisationId = probe.inTransaction(em -> {
            Organisation enterprise = new Organisation(
                    OrganisationKind.ENTERPRISE,
                    "电话加密测试企业",
                    UnifiedSocialCreditCode.of(TestData.creditCode()),
                    Instant.now());
            em.persist(enterprise);
            OrganisationProfile profile = new OrganisationProfile(enterprise.id());
            OrganisationProfile.Details d = profile.details();
            profile.update(
                    new OrganisationProfile.Details(
                            d.registeredAddress(),
                            d.district(),
                            d.foundedOn(),
                            d.tier(),
                            d.techFields(),
                            d.scenes(),
                            d.headcount(),
                            d.revenueLastYear(),
                            d.rdLastYear(),
                            d.leadName(),
                            "钱联系",
                            "138-1234-5678",
                            d.coreTechnology(),
                            d.ipSummary()),
                    "persist.test",
                    Instant.now(),
                    java.time.LocalDate.now());
            em.persist(profile);
            return enterprise.id();
        });
        String stored = probe.inTransaction(
                em -> em.createNativeQuery("SELECT contact_phone FROM organisation_profile WHERE organisation_id = ?1")
                        .setParameter(1, organisationId)
                        .getSingleResult()
                        .toString());
        assertTrue(PersonalDataCipher.isEncrypted(stored), stored);
        assertTrue(!stored.contains("1234") && !stored.contains("5678"), "no part of the number in clear: " + stored);
        OrganisationProfile read = probe.inTransaction(em -> em.find(OrganisationProfile.class, organisationId));
        assertEquals("13812345678", read.contactPhone().orElseThrow().digits());
        assertEquals("138****5678", read.snapshot().get("contactPhone"), "the copy an application keeps is masked");
    }

    @Test
    @OperateOnDeployment("probe")
    void teamMembersIdNumbersAreStoredEncryptedAndAnAlteredOneIsNotRead() {
        String id = "41020219900101123X";
        Long organisationId = probe.inTransaction(em -> {
            Organisation team = new Organisation(OrganisationKind.TALENT_TEAM, "加密测试团队", null, Instant.now());
            em.persist(team);
            OrganisationProfile profile = new OrganisationProfile(team.id());
            profile.update(
                    profile.details(),
                    List.of(new OrganisationProfile.MemberInput(
                            "王示例", "负责人", "教授", "河南大学", TeamMember.Education.DOCTORATE, id, null)),
                    "persist.test",
                    Instant.now(),
                    java.time.LocalDate.now());
            em.persist(profile);
            return team.id();
        });
        String stored = probe.inTransaction(
                em -> em.createNativeQuery("SELECT id_number FROM team_member WHERE organisation_id = ?1")
                        .setParameter(1, organisationId)
                        .getSingleResult()
                        .toString());
        assertTrue(PersonalDataCipher.isEncrypted(stored), stored);
        assertTrue(!stored.contains("19900101") && !stored.contains(id), "no part of the number in clear: " + stored);
        assertEquals(
                "410***********123X",
                probe.inTransaction(em -> em.find(OrganisationProfile.class, organisationId)
                        .members()
                        .get(0)
                        .maskedIdNumber()));

        // one character changed in the database: the authentication tag refuses it rather than read a wrong number
        char[] altered = stored.toCharArray();
        int at = altered.length - 6;
        altered[at] = altered[at] == 'A' ? 'B' : 'A';
        probe.inTransaction(
                em -> em.createNativeQuery("UPDATE team_member SET id_number = ?1 WHERE organisation_id = ?2")
                        .setParameter(1, new String(altered))
                        .setParameter(2, organisationId)
                        .executeUpdate());
        EJBException e = assertThrows(
                EJBException.class,
                () -> probe.inTransaction(
                        em -> em.find(OrganisationProfile.class, organisationId).members()));
        boolean refusedAsAltered = false;
        for (Throwable t = e; t != null && !refusedAsAltered; t = t.getCause() == t ? null : t.getCause()) {
            refusedAsAltered = t instanceof IllegalStateException
                    && String.valueOf(t.getMessage()).contains("altered");
        }
        assertTrue(refusedAsAltered, "refused as altered: " + rootCause(e));
        probe.inTransaction(em -> em.createNativeQuery("DELETE FROM team_member WHERE organisation_id = ?1")
                .setParameter(1, organisationId)
                .executeUpdate());
    }

    @Test
    @OperateOnDeployment("probe")
    void everyShippedDefinitionIsStoredPublishedWithTheHashOfItsFile() throws Exception {
        java.nio.file.Path directory = java.nio.file.Path.of(System.getProperty("jboss.server.config.dir"), "programs");
        List<java.nio.file.Path> files;
        try (var listing = java.nio.file.Files.list(directory)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertEquals(8, files.size(), "the eight programs of the plans ship with the server");
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (java.nio.file.Path file : files) {
            String content = java.nio.file.Files.readString(file);
            String hash = java.util.HexFormat.of()
                    .formatHex(sha.digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            List<ProgramVersion> stored = probe.inTransaction(em -> em.createQuery(
                            "SELECT v FROM ProgramVersion v WHERE v.contentHash = :hash", ProgramVersion.class)
                    .setParameter("hash", hash)
                    .getResultList());
            assertEquals(1, stored.size(), file.getFileName() + " is stored once, by its hash");
            ProgramVersion version = stored.get(0);
            assertEquals(ProgramVersion.Status.PUBLISHED, version.status());
            assertEquals(ProgramVersion.Origin.FILE, version.origin());
            assertEquals(content, version.content(), "the exact text is kept, to re-read the rules later");
        }
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
