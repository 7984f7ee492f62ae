package cn.kaifeng.tfs.program.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded definition file (a program's or a policy document's) as UTF-8 text, or the message key saying why it
 * is not one: nothing chosen, too large, not UTF-8, unreadable. Both import pages read their files this way.
 */
record UploadedText(String content, String fileName, String problem) {

    /** A definition file is text of a few dozen kilobytes; anything near a megabyte is not one. */
    static final long MAX_BYTES = 1_000_000;

    static UploadedText of(Part upload, String defaultName) {
        if (upload == null || upload.getSize() == 0) {
            return refused("admin.programs.noFile");
        }
        if (upload.getSize() > MAX_BYTES) {
            return refused("admin.programs.tooLarge");
        }
        try (InputStream in = upload.getInputStream()) {
            String content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
            String name = upload.getSubmittedFileName() == null ? defaultName : upload.getSubmittedFileName();
            return new UploadedText(content, name, null);
        } catch (CharacterCodingException e) {
            return refused("admin.programs.notUtf8");
        } catch (IOException e) {
            return refused("admin.programs.unreadable");
        }
    }

    private static UploadedText refused(String key) {
        return new UploadedText(null, null, key);
    }
}
