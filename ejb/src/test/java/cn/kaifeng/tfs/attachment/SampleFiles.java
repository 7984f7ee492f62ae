package cn.kaifeng.tfs.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Files for upload tests, made on the spot: real PDFs (plain, with JavaScript, encrypted, with an embedded file), an
 * executable's header under any name, Office files. Shared with the integration tests (test-jar).
 */
public final class SampleFiles {

    private SampleFiles() {}

    public static byte[] plainPdf() {
        return pdf(document -> {});
    }

    /** JavaScript run when the document opens. */
    public static byte[] pdfWithOpenActionScript() {
        return pdf(document -> document.getDocumentCatalog().setOpenAction(script()));
    }

    /** JavaScript hung on a link annotation of the first page, nowhere near the catalog. */
    public static byte[] pdfWithLinkScript() {
        return pdf(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setAction(script());
            try {
                document.getPage(0).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static byte[] encryptedPdf(String userPassword) {
        return pdf(document -> {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            try {
                document.protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static byte[] pdfWithEmbeddedFile() {
        return pdf(document -> {
            try {
                PDEmbeddedFile file = new PDEmbeddedFile(
                        document, new java.io.ByteArrayInputStream("hidden".getBytes(StandardCharsets.UTF_8)));
                file.setSubtype("text/plain");
                file.setCreationDate(Calendar.getInstance());
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("hidden.txt");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("hidden.txt", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The start of a Windows executable ("MZ" header), whatever it is called. */
    public static byte[] executable() {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    /** A header claiming PDF followed by nothing PDFBox can read. */
    public static byte[] damagedPdf() {
        return "%PDF-1.7\nnot really a pdf at all\n".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0,
            (byte) 0x90,
            0x77,
            0x53,
            (byte) 0xDE
        };
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    /** A ZIP with the entries that make it a Word (DOCX) or Excel (XLSX) file, or neither. */
    public static byte[] zip(List<String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static PDActionJavaScript script() {
        return new PDActionJavaScript("app.alert('hello');");
    }

    private static byte[] pdf(java.util.function.Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            change.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
