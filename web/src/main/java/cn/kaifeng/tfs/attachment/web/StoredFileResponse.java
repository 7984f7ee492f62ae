package cn.kaifeng.tfs.attachment.web;

import cn.kaifeng.tfs.attachment.domain.FileKind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Sends a stored file: with the content type recognised at upload (never the uploader's), the browser told not to
 * guess another, not cached, shown inline only for kinds a browser displays safely (PDF and images).
 */
public final class StoredFileResponse {

    private StoredFileResponse() {}

    public static void send(
            HttpServletResponse response,
            FileKind kind,
            long size,
            String fileName,
            boolean inlineAsked,
            InputStream content)
            throws IOException {
        boolean inline = inlineAsked && kind.viewableInBrowser();
        response.setContentType(kind.mediaType());
        response.setContentLengthLong(size);
        response.setHeader("Content-Disposition", ContentDisposition.of(inline, fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = content;
                OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
