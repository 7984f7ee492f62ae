package cn.kaifeng.tfs.attachment.service;

import cn.kaifeng.tfs.attachment.domain.Attachment;
import cn.kaifeng.tfs.attachment.domain.FileKind;
import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.casefile.domain.Application;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * Uploading, listing, removing and reading attachments. Uploads are checked in this order, cheapest first: the
 * application is the caller's and still editable, the field takes files and has room, the size (counted, not
 * declared), the kind by content, and for PDFs what they carry. Only then is the file kept and recorded; if the
 * transaction then fails, the kept file is deleted again.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final long MB = 1024L * 1024L;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationService applications;

    @Inject
    private AttachmentStore store;

    @Inject
    private AuditLog audit;

    public Attachment upload(String username, long applicationId, String fieldCode, String fileName, InputStream in) {
        Application application = applications.lockMine(username, applicationId);
        if (!application.editable()) {
            throw new DomainException("application.notDraft");
        }
        FieldDefinition field = applications
                .programOf(application)
                .field(fieldCode)
                .filter(f -> f.type() == FieldType.FILE)
                .orElseThrow(() -> new DomainException("attachment.noSuchField"));
        int maxFiles = field.maxFiles() == null ? 1 : field.maxFiles();
        if (count(applicationId, fieldCode) >= maxFiles) {
            throw new DomainException("attachment.tooMany", maxFiles);
        }
        AttachmentStore.Incoming incoming = store.receive(in, field.maxSizeMb() * MB);
        try {
            FileKind kind = store.recognise(incoming, field.fileTypes());
            Attachment attachment = new Attachment(
                    applicationId, fieldCode, store.keepUnlessRolledBack(incoming, kind, fileName, username));
            em.persist(attachment);
            application.touch(clock.instant());
            em.flush();
            audit.record(
                    username,
                    "ATTACHMENT_ADDED",
                    "application:" + applicationId,
                    null,
                    "attachment:" + attachment.id() + " " + fieldCode + " sha256=" + attachment.sha256());
            return attachment;
        } finally {
            store.discard(incoming);
        }
    }

    /**
     * Removes an attachment of an editable application. From a draft never submitted it is deleted (its file goes
     * once the removal is committed, so the store must be writable: otherwise the removal is refused and nothing
     * changes); from an application returned for revision it is only superseded, since the earlier submitted
     * version refers to it.
     */
    public void remove(String username, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new DomainException("attachment.notFound");
        }
        Application application = applications.lockMine(username, attachment.applicationId());
        if (!application.editable()) {
            throw new DomainException("application.notDraft");
        }
        if (attachment.superseded()) {
            throw new DomainException("attachment.notFound");
        }
        application.touch(clock.instant());
        audit.record(
                username,
                "ATTACHMENT_REMOVED",
                "application:" + application.id(),
                "attachment:" + attachment.id() + " " + attachment.fieldCode(),
                application.number() != null ? "superseded" : "deleted");
        if (application.number() != null) {
            attachment.supersede(clock.instant());
            return;
        }
        store.requireWritable();
        em.remove(attachment);
        String key = attachment.storageKey();
        store.deleteOnCommit(key);
    }

    /**
     * Deletes every attachment of these applications, rows now and files once that is committed: for the retention
     * job, which removes abandoned drafts. Returns how many there were.
     */
    public int deleteAllOf(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return 0;
        }
        List<String> keys = em.createQuery(
                        "SELECT a.file.storageKey FROM Attachment a WHERE a.applicationId IN :ids", String.class)
                .setParameter("ids", applicationIds)
                .getResultList();
        em.createQuery("DELETE FROM Attachment a WHERE a.applicationId IN :ids")
                .setParameter("ids", applicationIds)
                .executeUpdate();
        keys.forEach(store::deleteOnCommit);
        return keys.size();
    }

    /**
     * The current attachments of the caller's own application, or of any application for a reviewer, in upload
     * order (those superseded in a revision are not among them).
     */
    public List<Attachment> of(String username, long applicationId) {
        Application application = em.find(Application.class, applicationId);
        if (!applications.canRead(username, application)) {
            throw new DomainException("application.notFound");
        }
        return current(applicationId);
    }

    /** The current attachments of an application, whoever asks: for services that already checked access. */
    public List<Attachment> current(long applicationId) {
        return em.createQuery(
                        "SELECT a FROM Attachment a WHERE a.applicationId = :id AND a.supersededAt IS NULL"
                                + " ORDER BY a.file.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /** An attachment and its bytes, opened for someone entitled to read it. */
    public record Download(Attachment attachment, InputStream content) {}

    /**
     * Opens an attachment for the owning organisation's applicants and for reviewers. Anyone else, and any id that
     * does not exist, gets the same "not found": ids cannot be probed.
     */
    public Download open(String username, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        Application application = attachment == null ? null : em.find(Application.class, attachment.applicationId());
        if (!applications.canReadFiles(username, application)) {
            throw new DomainException("attachment.notFound");
        }
        // attachments carry personal data (CVs, ID copies, degrees): every read is on the record
        audit.record(
                username,
                "ATTACHMENT_DOWNLOADED",
                "application:" + application.id(),
                null,
                "attachment:" + attachment.id());
        return new Download(attachment, store.open(attachment.storageKey(), attachment.sha256()));
    }

    private long count(long applicationId, String fieldCode) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM Attachment a WHERE a.applicationId = :id AND a.fieldCode = :field"
                                + " AND a.supersededAt IS NULL",
                        Long.class)
                .setParameter("id", applicationId)
                .setParameter("field", fieldCode)
                .getSingleResult();
    }
}
