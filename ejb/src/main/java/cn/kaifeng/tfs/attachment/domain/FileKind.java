package cn.kaifeng.tfs.attachment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file a program may ask for, recognised by their content (magic bytes), so an executable renamed
 * {@code .pdf} is what it is. The names are the ones program definitions use in {@code fileTypes}.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ZIP("application/zip", "zip");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether a browser can show this kind itself (reviewers read PDFs and images in the browser). */
    public boolean viewableInBrowser() {
        return this == PDF || this == JPEG || this == PNG;
    }

    /**
     * What the file is, by its first bytes; an Office file is a ZIP whose entries say which. Empty when the content
     * is none of the known kinds (an executable, a text file, a damaged file).
     */
    public static Optional<FileKind> of(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, read);
        if (startsWith(start, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(start, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(start, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(start, ZIP_MAGIC)) {
            return Optional.of(zipKind(file));
        }
        return Optional.empty();
    }

    /** Office Open XML files are ZIPs with a content-types part and a main part; only the entry names are read. */
    private static FileKind zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (has(zip, "word/document.xml")) {
                    return DOCX;
                }
                if (has(zip, "xl/workbook.xml")) {
                    return XLSX;
                }
            }
            return ZIP;
        } catch (IOException e) {
            // the signature says ZIP but the archive cannot be read: still only a ZIP at best
            return ZIP;
        }
    }

    private static boolean has(ZipFile zip, String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry != null && !entry.isDirectory();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
