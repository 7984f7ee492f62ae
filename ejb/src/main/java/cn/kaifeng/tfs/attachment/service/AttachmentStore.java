package cn.kaifeng.tfs.attachment.service;

import cn.kaifeng.tfs.attachment.domain.AttachmentName;
import cn.kaifeng.tfs.attachment.domain.FileKind;
import cn.kaifeng.tfs.attachment.domain.PdfCheck;
import cn.kaifeng.tfs.attachment.domain.StoredFile;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Where attachment bytes live: a directory outside the web root ({@code TFS_FILES_DIR}, by default the server's
 * data directory), one file per attachment under a random name in a folder per month. In a cluster the directory
 * is a volume every node mounts. Files are written to a temporary name first and moved into place whole, so a
 * crash or a full disk never leaves half a file under a real name.
 */
@ApplicationScoped
public class AttachmentStore {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class);

    private Path root;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public AttachmentStore() {
        // for CDI
    }

    /** A store at a given directory (tests). */
    public AttachmentStore(Path root) {
        this.root = root;
        this.clock = Clock.systemUTC();
    }

    @PostConstruct
    void init() {
        String configured = System.getenv("TFS_FILES_DIR");
        if (configured != null && !configured.isBlank()) {
            root = Paths.get(configured);
        } else {
            root = Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
                    .resolve("tfs-attachments");
        }
        LOG.infof("Attachments are stored in %s", root.toAbsolutePath());
    }

    /** A file being received: counted and hashed as it is written, refused once it passes the limit. */
    public record Incoming(Path path, long size, String sha256) {}

    /**
     * Copies an upload to a temporary file, hashing it; stops and deletes it as soon as it is larger than
     * {@code maxBytes} (the declared size of an upload is not trusted).
     */
    public Incoming receive(InputStream content, long maxBytes) {
        Path temp = null;
        try {
            Path incoming = Files.createDirectories(root.resolve("incoming"));
            temp = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new LimitedInputStream(content, maxBytes);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                size = in.transferTo(out);
            }
            return new Incoming(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (TooLargeException e) {
            deleteQuietly(temp);
            throw new DomainException("attachment.tooLarge", maxBytes / (1024 * 1024));
        } catch (IOException e) {
            deleteQuietly(temp);
            LOG.errorf("Could not write an upload to %s: %s", root, e.toString());
            throw new DomainException("attachment.storageFailed");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * What a received file is, by its content, if it is one of {@code allowed} (names as in {@link FileKind}); a
     * PDF must also pass {@link PdfCheck}. Otherwise refused with a message saying why.
     */
    public FileKind recognise(Incoming incoming, Collection<String> allowed) {
        if (incoming.size() == 0) {
            throw new DomainException("attachment.empty");
        }
        FileKind kind;
        try {
            kind = FileKind.of(incoming.path())
                    .filter(k -> allowed.contains(k.name()))
                    .orElseThrow(() -> new DomainException("attachment.typeNotAllowed", String.join("、", allowed)));
        } catch (IOException e) {
            throw new DomainException("attachment.storageFailed");
        }
        if (kind == FileKind.PDF) {
            PdfCheck.refusal(incoming.path()).ifPresent(refusal -> {
                throw new DomainException("attachment.pdf." + refusal.name());
            });
        }
        return kind;
    }

    /**
     * Keeps a received file of a recognised kind (see {@link #keep}) for the current transaction, and describes it
     * for the record that will own it: if the transaction then rolls back, the kept file is deleted again, so no
     * file lies in the store that no record owns. The name shown is the uploader's, made safe.
     */
    public StoredFile keepUnlessRolledBack(Incoming incoming, FileKind kind, String submittedName, String by) {
        String key = keep(incoming);
        afterCompletion(false, () -> delete(key));
        return new StoredFile(
                AttachmentName.of(submittedName, kind),
                kind,
                incoming.size(),
                incoming.sha256(),
                key,
                by,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * One upload from start to end, as a file attached to a record after the award (a progress report, an acceptance
     * request) is taken: received up to {@code maxBytes}, recognised by its content among {@code allowed} kinds
     * (refused otherwise), kept unless the transaction rolls back, and the received copy always discarded.
     */
    public StoredFile keepChecked(
            InputStream content, String submittedName, String by, long maxBytes, Collection<String> allowed) {
        Incoming incoming = receive(content, maxBytes);
        try {
            return keepUnlessRolledBack(incoming, recognise(incoming, allowed), submittedName, by);
        } finally {
            discard(incoming);
        }
    }

    /** Deletes a kept file once the current transaction commits (never before: a rollback still needs it). */
    public void deleteOnCommit(String key) {
        afterCompletion(true, () -> delete(key));
    }

    private void afterCompletion(boolean onCommit, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: files are only touched once the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == onCommit) {
                    action.run();
                }
            }
        });
    }

    /** Moves a received file into place under a new random key and returns the key. */
    public String keep(Incoming incoming) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String key = "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        try {
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            Files.move(incoming.path(), target, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            LOG.errorf("Could not keep an upload in %s: %s", root, e.toString());
            throw new DomainException("attachment.storageFailed");
        }
    }

    /**
     * Opens a kept file after checking that it still hashes to what was recorded (read twice rather than held in
     * memory: attachments run to tens of megabytes).
     */
    public InputStream open(String key, String sha256) {
        Path path = pathOf(key);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                LOG.errorf("Attachment %s no longer matches its checksum", key);
                throw new DomainException("attachment.damaged");
            }
            return Files.newInputStream(path);
        } catch (IOException e) {
            LOG.errorf("Could not read attachment %s: %s", key, e.toString());
            throw new DomainException("attachment.damaged");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Refuses ("storage unavailable") unless a file can be made and removed in the store now. Asked before a
     * removal whose file is deleted once the removal commits: on a read-only store that deletion would fail after
     * the record is gone, leaving bytes that no attachment owns.
     */
    public void requireWritable() {
        try {
            Path incoming = Files.createDirectories(root.resolve("incoming"));
            Files.delete(Files.createTempFile(incoming, "probe-", ".tmp"));
        } catch (IOException e) {
            LOG.errorf("The attachment store %s cannot be written: %s", root, e.toString());
            throw new DomainException("attachment.storeUnavailable");
        }
    }

    public void delete(String key) {
        deleteQuietly(pathOf(key));
    }

    public void discard(Incoming incoming) {
        deleteQuietly(incoming.path());
    }

    private Path pathOf(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root.normalize())) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", path, e.toString());
            }
        }
    }

    private static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Fails the copy when more than the limit arrives. */
    private static final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw new TooLargeException();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw new TooLargeException();
                }
            }
            return n;
        }
    }
}
