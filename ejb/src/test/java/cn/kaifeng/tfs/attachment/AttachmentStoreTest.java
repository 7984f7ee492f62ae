package cn.kaifeng.tfs.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaifeng.tfs.attachment.service.AttachmentStore;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoreTest {

    @TempDir
    Path root;

    @Test
    void a_kept_file_reads_back_identically_under_a_server_made_name() throws IOException {
        AttachmentStore store = new AttachmentStore(root);
        byte[] bytes = SampleFiles.plainPdf();
        AttachmentStore.Incoming incoming = store.receive(new ByteArrayInputStream(bytes), 1024 * 1024);
        assertEquals(bytes.length, incoming.size());
        String key = store.keep(incoming);
        assertFalse(key.contains("pdf"), key);
        try (InputStream in = store.open(key, incoming.sha256())) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        assertEquals(0, incomingFiles(), "nothing left in the incoming folder");
    }

    @Test
    void an_upload_over_the_limit_is_stopped_and_leaves_nothing() {
        AttachmentStore store = new AttachmentStore(root);
        DomainException e = assertThrows(
                DomainException.class,
                () -> store.receive(new ByteArrayInputStream(new byte[3 * 1024 * 1024 + 1]), 3 * 1024 * 1024));
        assertEquals("attachment.tooLarge", e.messageKey());
        assertEquals(3L, e.arguments()[0]);
        assertEquals(0, incomingFiles());
    }

    @Test
    void a_file_changed_on_disk_is_detected() throws IOException {
        AttachmentStore store = new AttachmentStore(root);
        AttachmentStore.Incoming incoming = store.receive(new ByteArrayInputStream(SampleFiles.plainPdf()), 1 << 20);
        String key = store.keep(incoming);
        Path file = root.resolve(key);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        DomainException e = assertThrows(DomainException.class, () -> store.open(key, incoming.sha256()));
        assertEquals("attachment.damaged", e.messageKey());
    }

    @Test
    void an_unwritable_store_says_so_without_leaving_parts() throws IOException {
        Path blocked = Files.writeString(root.resolve("not-a-directory"), "x");
        AttachmentStore store = new AttachmentStore(blocked);
        DomainException e = assertThrows(
                DomainException.class, () -> store.receive(new ByteArrayInputStream(new byte[10]), 1 << 20));
        assertEquals("attachment.storageFailed", e.messageKey());
    }

    @Test
    void a_store_that_cannot_be_written_is_refused_before_a_removal_and_a_writable_one_is_left_as_it_was()
            throws IOException {
        Path blocked = Files.writeString(root.resolve("not-a-directory"), "x");
        DomainException e = assertThrows(DomainException.class, () -> new AttachmentStore(blocked).requireWritable());
        assertEquals("attachment.storeUnavailable", e.messageKey());
        new AttachmentStore(root).requireWritable();
        assertEquals(0, incomingFiles(), "the probe is gone again");
    }

    @Test
    void keys_cannot_point_outside_the_store() {
        AttachmentStore store = new AttachmentStore(root);
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd", "x"));
    }

    private long incomingFiles() {
        Path incoming = root.resolve("incoming");
        if (!Files.exists(incoming)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(incoming)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
