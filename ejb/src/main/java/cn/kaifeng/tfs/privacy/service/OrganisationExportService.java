package cn.kaifeng.tfs.privacy.service;

import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.attachment.service.AttachmentStore;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.letter.service.LetterService;
import cn.kaifeng.tfs.letter.service.NoticeService;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.service.ProfileService;
import cn.kaifeng.tfs.payment.service.PayeeAccountService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything stored about the caller's own organisation, for it to take away (个人信息保护法 第四十五条, and what an
 * organisation may ask of a public service): a ZIP with {@code data.json} (organisation, accounts without
 * passwords, profile with team members' ID numbers masked, applications with their form values and timelines,
 * files, letters, bank authorisations, which banks looked the organisation up and when (since its code was proven),
 * loans reported, notifications, its claim to its credit code with the documents it uploaded, and after the
 * award its agreements, payments, reports, acceptance, evaluation, recovery orders, credit records, notices and
 * matches: {@link AfterAwardSections}) and the uploaded files, report files, issued letters, signed agreements and
 * notices themselves. Reviewers' and experts' internal deliberation (individual
 * panel scores, notes) and other people's personal data (objectors, bank staff) are not the organisation's and stay
 * out. Every export is audited.
 */
@ApplicationScoped
@Transactional
public class OrganisationExportService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProfileService profiles;

    @Inject
    private AttachmentStore store;

    @Inject
    private LetterService letterService;

    @Inject
    private AgreementService agreementService;

    @Inject
    private NoticeService noticeService;

    @Inject
    private PayeeAccountService payees;

    @Inject
    private AuditLog audit;

    /** The file name offered for the caller's export. */
    public String fileName(String username) {
        Organisation organisation = profiles.applicantOrganisation(username);
        organisation.requireIdentityProven();
        return "数据导出-" + organisation.name() + "-" + LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))) + ".zip";
    }

    /** Writes the caller's organisation's data as a ZIP; refused (as not found) for anyone not an applicant. */
    public void write(String username, OutputStream out) {
        Organisation organisation = profiles.applicantOrganisation(username);
        organisation.requireIdentityProven();
        long id = organisation.id();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("data.json"));
            JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createGenerator(new NonClosing(zip), StandardCharsets.UTF_8);
            json.writeStartObject();
            json.write("exportedAt", clock.instant().toString());
            json.write("exportedBy", username);
            section(
                    json,
                    "organisation",
                    "SELECT id, kind, name, credit_code, created_at, identity_status, verified_at,"
                            + " legal_representative, registered_by FROM organisation WHERE id = ?1",
                    id);
            section(
                    json,
                    "accounts",
                    "SELECT u.username, u.display_name, u.enabled, u.created_at,"
                            + " (SELECT MIN(r.role_name) FROM user_role r WHERE r.user_id = u.id) AS role"
                            + " FROM user_account u WHERE u.organisation_id = ?1 ORDER BY u.username",
                    id);
            json.writeKey("profile");
            writeValue(json, profiles.mine(username).snapshot());
            section(
                    json,
                    "applications",
                    "SELECT id, number, program_code, program_version, status, revision,"
                            + " form_values, profile_snapshot, total, outcome, award, proposed_amount, amount_reason,"
                            + " notice_starts_at, notice_ends_at, decided_amount, decided_at, created_by, created_at,"
                            + " updated_at, submitted_at FROM application WHERE organisation_id = ?1 ORDER BY id",
                    id);
            section(
                    json,
                    "timeline",
                    "SELECT e.application_id, e.at, e.actor, e.kind, e.from_status, e.to_status,"
                            + " e.note FROM application_event e JOIN application a ON a.id = e.application_id"
                            + " WHERE a.organisation_id = ?1 ORDER BY e.application_id, e.id",
                    id);
            List<Tuple> files = rows(
                    "SELECT f.id, f.application_id, f.field_code, f.file_name, f.kind, f.size_bytes,"
                            + " f.sha256, f.storage_key, f.uploaded_by, f.uploaded_at, f.superseded_at FROM attachment f"
                            + " JOIN application a ON a.id = f.application_id WHERE a.organisation_id = ?1 ORDER BY f.id",
                    id);
            array(json, "files", files, "storage_key");
            List<Tuple> letters = rows(
                    "SELECT l.id, l.application_id, l.kind, l.number, l.verification_code,"
                            + " l.program_code, l.program_name, l.amount, l.issued_at, l.revoked_at, l.revocation_reason,"
                            + " l.sha256 FROM letter l JOIN application a ON a.id = l.application_id"
                            + " WHERE a.organisation_id = ?1 ORDER BY l.id",
                    id);
            array(json, "letters", letters);
            section(
                    json,
                    "bankAuthorisations",
                    "SELECT b.name AS bank, c.granted_by, c.granted_at, c.expires_on,"
                            + " c.revoked_by, c.revoked_at FROM bank_consent c JOIN organisation b ON b.id = c.bank_id"
                            + " WHERE c.enterprise_id = ?1 ORDER BY c.id",
                    id);
            section(
                    json,
                    "bankQueries",
                    "SELECT b.name AS bank, q.channel, q.subject, q.purpose, q.result,"
                            + " q.asked_at FROM bank_query q JOIN organisation b ON b.id = q.bank_id"
                            + " WHERE q.asked_about = (SELECT credit_code FROM organisation WHERE id = ?1)"
                            // queries about the code before it was proven this organisation's were not about it
                            + " AND q.asked_at >= (SELECT verified_at FROM organisation WHERE id = ?1)"
                            + " ORDER BY q.id",
                    id);
            section(
                    json,
                    "loansReported",
                    "SELECT r.id AS loan_id, b.name AS bank, r.program_code, r.amount, r.term_months,"
                            + " r.granted_on, r.reported_at FROM loan_report r JOIN organisation b ON b.id = r.bank_id"
                            + " WHERE r.enterprise_id = ?1 ORDER BY r.id",
                    id);
            section(
                    json,
                    "claim",
                    "SELECT credit_code, legal_representative, registered_by, status, created_at, submitted_at,"
                            + " decided_at, reason FROM organisation_claim WHERE organisation_id = ?1",
                    id);
            List<Tuple> claimDocuments = rows(
                    "SELECT d.id, d.kind, d.file_name, d.file_kind, d.size_bytes, d.sha256, d.storage_key,"
                            + " d.uploaded_by, d.uploaded_at, d.superseded_at FROM claim_document d"
                            + " JOIN organisation_claim c ON c.id = d.claim_id WHERE c.organisation_id = ?1"
                            + " ORDER BY d.id",
                    id);
            array(json, "claimDocuments", claimDocuments, "storage_key");
            section(
                    json,
                    "notifications",
                    "SELECT application_id, kind, status, created_at, read_at"
                            + " FROM notification WHERE organisation_id = ?1 ORDER BY id",
                    id);
            for (AfterAwardSections.Section after : AfterAwardSections.ALL) {
                array(json, after.name(), rows(after.sql(), id), after.leaveOut());
            }
            List<Tuple> reportFiles = rows(AfterAwardSections.REPORT_FILES, id);
            array(json, "progressReportFiles", reportFiles, "storage_key");
            List<Tuple> acceptanceFiles = rows(AfterAwardSections.ACCEPTANCE_FILES, id);
            array(json, "acceptanceFiles", acceptanceFiles, "storage_key");
            // the account the awards are paid to, its number masked as on the pages (the whole number is the bank's
            // and the organisation's own; a ZIP that travels need not carry it)
            json.writeStartArray("payeeAccount");
            payees.mine(username)
                    .ifPresent(a -> json.writeStartObject()
                            .write("holder_name", a.holderName())
                            .write("bank_name", a.bankName())
                            .write("account_number", a.number().masked())
                            .writeEnd());
            json.writeEnd();
            json.writeEnd();
            json.close();
            zip.closeEntry();
            enclose(zip, "files/", files);
            enclose(zip, "claim/", claimDocuments);
            enclose(zip, "reports/", reportFiles);
            enclose(zip, "acceptance/", acceptanceFiles);
            for (Number agreement : ids(
                    "SELECT id FROM agreement WHERE organisation_id = ?1 AND issued_at IS NOT NULL ORDER BY id", id)) {
                AgreementService.Download signed = agreementService.download(username, agreement.longValue());
                zip.putNextEntry(
                        new ZipEntry("agreements/" + safe(signed.agreement().number() + ".pdf")));
                zip.write(signed.pdf());
                zip.closeEntry();
            }
            for (Number notice : ids("SELECT id FROM notice WHERE organisation_id = ?1 ORDER BY id", id)) {
                NoticeService.Download signed = noticeService.download(username, notice.longValue());
                zip.putNextEntry(new ZipEntry("notices/" + safe(signed.notice().fileName())));
                zip.write(signed.pdf());
                zip.closeEntry();
            }
            for (Tuple letter : letters) {
                zip.putNextEntry(new ZipEntry("letters/" + safe(letter.get("number") + ".pdf")));
                zip.write(letterService
                        .download(username, ((Number) letter.get("id")).longValue())
                        .pdf());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                username,
                "ORGANISATION_DATA_EXPORTED",
                "organisation:" + id,
                null,
                "files=" + countOf("attachment", id) + " letters=" + countOf("letter", id));
    }

    private void section(JsonGenerator json, String name, String sql, long organisationId) {
        array(json, name, rows(sql, organisationId));
    }

    private void array(JsonGenerator json, String name, List<Tuple> rows, String... leaveOut) {
        json.writeStartArray(name);
        for (Tuple row : rows) {
            json.writeStartObject();
            for (TupleElement<?> column : row.getElements()) {
                String key = column.getAlias().toLowerCase(java.util.Locale.ROOT);
                if (!List.of(leaveOut).contains(key)) {
                    json.writeKey(key);
                    writeValue(json, row.get(column));
                }
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    /** Stored files listed by a query, each in the ZIP under {@code folder} as "{id}-{name}", byte for byte. */
    private void enclose(ZipOutputStream zip, String folder, List<Tuple> files) throws IOException {
        for (Tuple file : files) {
            zip.putNextEntry(new ZipEntry(folder + file.get("id") + "-" + safe((String) file.get("file_name"))));
            try (InputStream in = store.open((String) file.get("storage_key"), (String) file.get("sha256"))) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Number> ids(String sql, long organisationId) {
        return em.createNativeQuery(sql).setParameter(1, organisationId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, long organisationId) {
        return em.createNativeQuery(sql, Tuple.class)
                .setParameter(1, organisationId)
                .getResultList();
    }

    /** A value as JSON: numbers as numbers, times as ISO text, stored JSON (form values, profile copy) as JSON. */
    private static void writeValue(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal n) {
            json.write(n);
        } else if (value instanceof Number n) {
            json.write(n.longValue());
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof java.sql.Timestamp t) {
            json.write(t.toInstant().toString());
        } else if (value instanceof OffsetDateTime t) {
            json.write(t.toInstant().toString());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            map.forEach((k, v) -> {
                json.writeKey(String.valueOf(k));
                writeValue(json, v);
            });
            json.writeEnd();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            list.forEach(v -> writeValue(json, v));
            json.writeEnd();
        } else if (value instanceof String s && (s.startsWith("{") || s.startsWith("["))) {
            try {
                json.write(Json.createReader(new StringReader(s)).readValue());
            } catch (JsonException notJson) {
                json.write(s);
            }
        } else {
            json.write(value.toString());
        }
    }

    /** A file name safe inside a ZIP: no folders, no control characters. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    /** How many of a kind the organisation has: its applications' attachments or letters. */
    private long countOf(String table, long organisationId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " x JOIN application a ON"
                                + " a.id = x.application_id WHERE a.organisation_id = ?1")
                        .setParameter(1, organisationId)
                        .getSingleResult())
                .longValue();
    }

    /** The ZIP stays open when the JSON generator is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
