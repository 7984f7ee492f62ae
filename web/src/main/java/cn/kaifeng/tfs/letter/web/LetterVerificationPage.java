package cn.kaifeng.tfs.letter.web;

import cn.kaifeng.tfs.letter.service.LetterVerificationService;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * The public verification page: anyone checks a letter by the code printed on it (or scanned from its QR code,
 * which opens this page with the code filled in) or by uploading the PDF file.
 */
@Named
@RequestScoped
public class LetterVerificationPage {

    @Inject
    private LetterVerificationService verification;

    @Inject
    private Messages messages;

    private String code;
    private Part file;
    private LetterVerificationService.Verdict verdict;
    private boolean byFile;

    /** Opened from a QR code: the code is in the address, so check it at once. */
    public void onLoad() {
        if (code != null && !code.isBlank() && verdict == null) {
            verdict = verification.byCode(code);
        }
    }

    public void checkCode() {
        verdict = verification.byCode(code);
        byFile = false;
        if (verdict.status() == LetterVerificationService.Status.MALFORMED) {
            messages.error("verify:code", "letter.verify.malformed");
        }
    }

    public void checkFile() {
        byFile = true;
        byte[] pdf = uploaded(file, messages, "verify:file");
        if (pdf != null) {
            verdict = verification.byFile(pdf);
        }
    }

    /** The uploaded letter's bytes, or null after telling the user why not: no file, too large, or unreadable. */
    public static byte[] uploaded(Part file, Messages messages, String clientId) {
        if (file == null || file.getSize() == 0) {
            messages.error(clientId, "letter.verify.noFile");
            return null;
        }
        if (file.getSize() > LetterVerificationService.MAX_FILE_BYTES) {
            messages.error(clientId, "letter.verify.tooLarge");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(LetterVerificationService.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            messages.error(clientId, "letter.verify.unreadable");
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public LetterVerificationService.Verdict getVerdict() {
        return verdict;
    }

    /** Whether the result shown is for an uploaded file (the wording differs: a file can be altered). */
    public boolean isByFile() {
        return byFile;
    }
}
