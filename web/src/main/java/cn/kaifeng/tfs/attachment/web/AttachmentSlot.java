package cn.kaifeng.tfs.attachment.web;

import cn.kaifeng.tfs.attachment.domain.Attachment;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One file field of the form with the files accepted for it so far. */
public class AttachmentSlot implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One accepted file, as the page lists it. */
    public record File(long id, String name, String size, Instant uploadedAt, boolean viewable)
            implements Serializable {}

    private final String code;
    private final boolean required;
    private final int maxFiles;
    private final int maxSizeMb;
    private final List<String> fileTypes;
    private final List<File> files;

    AttachmentSlot(FieldDefinition field, List<Attachment> attachments) {
        this.code = field.code();
        this.required = field.required();
        this.maxFiles = field.maxFiles() == null ? 1 : field.maxFiles();
        this.maxSizeMb = field.maxSizeMb();
        this.fileTypes = List.copyOf(field.fileTypes());
        this.files = attachments.stream()
                .filter(a -> a.fieldCode().equals(code))
                .map(a -> new File(
                        a.id(),
                        a.fileName(),
                        size(a.sizeBytes()),
                        a.uploadedAt(),
                        a.kind().viewableInBrowser()))
                .toList();
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public String getCode() {
        return code;
    }

    public boolean isRequired() {
        return required;
    }

    public int getMaxFiles() {
        return maxFiles;
    }

    public int getMaxSizeMb() {
        return maxSizeMb;
    }

    public long getMaxBytes() {
        return maxSizeMb * 1024L * 1024L;
    }

    public String getTypes() {
        return String.join("、", fileTypes);
    }

    /** The file chooser's hint (the server decides by content; this only spares a wasted upload). */
    public String getAccept() {
        return fileTypes.stream()
                .map(t -> switch (t) {
                    case "JPEG" -> ".jpg,.jpeg";
                    default -> "." + t.toLowerCase(Locale.ROOT);
                })
                .collect(Collectors.joining(","));
    }

    public List<File> getFiles() {
        return files;
    }

    public boolean isRoom() {
        return files.size() < maxFiles;
    }
}
