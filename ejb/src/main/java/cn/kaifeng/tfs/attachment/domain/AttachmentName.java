package cn.kaifeng.tfs.attachment.domain;

/**
 * The name an uploaded file is shown and downloaded under: the applicant's own name for it (Chinese kept), but only
 * its last path segment, without control or direction-changing characters (a right-to-left override can make
 * {@code exe.pdf} read as something else), and not too long. The stored file never uses it.
 */
public final class AttachmentName {

    static final int MAX_CODE_POINTS = 120;

    private AttachmentName() {}

    public static String of(String submitted, FileKind kind) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .map(c -> Character.isWhitespace(c) ? ' ' : c)
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip().replaceAll(" {2,}", " ");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "附件";
        }
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_CODE_POINTS));
        }
        // the name says what the content is: a PNG uploaded as "scan.pdf" is downloaded as "scan.pdf.png"
        String extension = "." + kind.extension();
        boolean matches = name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                || (kind == FileKind.JPEG
                        && name.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"));
        return matches ? name : name + extension;
    }
}
