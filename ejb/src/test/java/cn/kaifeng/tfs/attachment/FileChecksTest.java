package cn.kaifeng.tfs.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.attachment.domain.FileKind;
import cn.kaifeng.tfs.attachment.domain.PdfCheck;
import cn.kaifeng.tfs.attachment.domain.PdfCheck.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChecksTest {

    @TempDir
    Path dir;

    @Test
    void kinds_are_recognised_by_content_whatever_the_name() throws IOException {
        assertEquals(Optional.of(FileKind.PDF), FileKind.of(file("scan.png", SampleFiles.plainPdf())));
        assertEquals(Optional.of(FileKind.PNG), FileKind.of(file("photo.pdf", SampleFiles.png())));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of(file("photo", SampleFiles.jpeg())));
        assertEquals(Optional.empty(), FileKind.of(file("plan.pdf", SampleFiles.executable())));
        assertEquals(Optional.empty(), FileKind.of(file("notes.pdf", "just text".getBytes())));
        assertEquals(Optional.empty(), FileKind.of(file("empty.pdf", new byte[0])));
    }

    @Test
    void office_files_are_told_apart_by_their_entries() throws IOException {
        assertEquals(
                Optional.of(FileKind.DOCX),
                FileKind.of(file("a", SampleFiles.zip(List.of("[Content_Types].xml", "word/document.xml")))));
        assertEquals(
                Optional.of(FileKind.XLSX),
                FileKind.of(file("b", SampleFiles.zip(List.of("[Content_Types].xml", "xl/workbook.xml")))));
        assertEquals(Optional.of(FileKind.ZIP), FileKind.of(file("c", SampleFiles.zip(List.of("readme.txt")))));
        // a Word part without the content-types part is not a Word file
        assertEquals(Optional.of(FileKind.ZIP), FileKind.of(file("d", SampleFiles.zip(List.of("word/document.xml")))));
    }

    @Test
    void a_plain_pdf_is_accepted() {
        assertEquals(Optional.empty(), PdfCheck.refusal(file("ok.pdf", SampleFiles.plainPdf())));
    }

    @Test
    void javascript_is_refused_wherever_it_hangs() {
        assertEquals(
                Optional.of(Refusal.JAVASCRIPT),
                PdfCheck.refusal(file("a.pdf", SampleFiles.pdfWithOpenActionScript())));
        assertEquals(Optional.of(Refusal.JAVASCRIPT), PdfCheck.refusal(file("b.pdf", SampleFiles.pdfWithLinkScript())));
    }

    @Test
    void encrypted_pdfs_are_refused_with_or_without_a_user_password() {
        assertEquals(Optional.of(Refusal.ENCRYPTED), PdfCheck.refusal(file("a.pdf", SampleFiles.encryptedPdf("user"))));
        // no user password: it opens in any viewer, but it is still encrypted and cannot be inspected as sent
        assertEquals(Optional.of(Refusal.ENCRYPTED), PdfCheck.refusal(file("b.pdf", SampleFiles.encryptedPdf(""))));
    }

    @Test
    void embedded_files_are_refused() {
        assertEquals(
                Optional.of(Refusal.EMBEDDED_FILES),
                PdfCheck.refusal(file("a.pdf", SampleFiles.pdfWithEmbeddedFile())));
    }

    @Test
    void unreadable_pdfs_are_refused_as_damaged() {
        assertEquals(Optional.of(Refusal.DAMAGED), PdfCheck.refusal(file("a.pdf", SampleFiles.damagedPdf())));
    }

    private Path file(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
