package cn.kaifeng.tfs.letter.web;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.attachment.web.ContentDisposition;
import cn.kaifeng.tfs.letter.service.LetterRoundService;
import cn.kaifeng.tfs.letter.service.LetterService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Downloads a decision letter, {@code /letters/{id}}: the signed file byte for byte as issued, named by its number.
 * Only the applicant's organisation and reviewers get it; anyone else, and an unknown id, gets 404. Reviewers also
 * download a round's letters as one ZIP, {@code /letters/rounds/{id}}.
 */
@WebServlet("/letters/*")
public class LetterServlet extends SignedPdfServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LetterService letters;

    @Inject
    private LetterRoundService rounds;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Principal user = request.getUserPrincipal();
        String path = request.getPathInfo();
        if (user != null && path != null && path.matches("/rounds/\\d{1,18}")) {
            round(user.getName(), Long.parseLong(path.substring("/rounds/".length())), response);
            return;
        }
        super.doGet(request, response);
    }

    @Override
    protected SignedPdf signedPdf(String username, long id) {
        LetterService.Download download = letters.download(username, id);
        return new SignedPdf(download.letter().fileName(), download.pdf());
    }

    /** A round's letters as one ZIP, each file named by its letter number; reviewers only. */
    private void round(String user, long roundId, HttpServletResponse response) throws IOException {
        try {
            rounds.progress(roundId);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // checked before anything is written, so that a refusal is a clean 404 rather than a broken ZIP
        if (!currentUser.hasRole(Role.REVIEWER.name())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", ContentDisposition.of(false, "决定书-批次" + roundId + ".zip"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            rounds.eachLetter(user, roundId, (letter, pdf) -> {
                try {
                    ZipEntry entry = new ZipEntry(letter.fileName());
                    entry.setTime(letter.issuedAt().toEpochMilli());
                    zip.putNextEntry(entry);
                    zip.write(pdf);
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
