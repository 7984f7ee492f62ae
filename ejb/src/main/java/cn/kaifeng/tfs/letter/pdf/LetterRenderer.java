package cn.kaifeng.tfs.letter.pdf;

import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a letter as PDF/A-2u, laid out by {@link LetterLayout}: fonts embedded as subsets with Unicode maps so that
 * copied text is right, an sRGB output intent, and XMP metadata naming title, issuer and letter number. Then the
 * file is signed.
 *
 * <p>One renderer serves every thread: it holds only the parsed fonts and the colour profile.
 */
public final class LetterRenderer {

    static final String PRODUCER = "人才与金融扶持平台 Talent & Fund Support Suite";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final LetterFonts fonts;
    private final PdfA pdfA = new PdfA();

    /** The time letters are dated and signed at: the application's clock (the demo's simulated day while it seeds). */
    private final Clock clock;

    public LetterRenderer(LetterFonts fonts) {
        this(fonts, Clock.systemUTC());
    }

    public LetterRenderer(LetterFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    public LetterFonts fonts() {
        return fonts;
    }

    /** The letter as a signed PDF/A-2u file. */
    public byte[] render(LetterContent letter, LetterSigner signer) {
        try {
            byte[] unsigned = layOut(letter);
            return signer.signPdf(unsigned, letter.issuer(), letter.number(), beijingNow(clock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write letter " + letter.number(), e);
        }
    }

    private byte[] layOut(LetterContent letter) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            Calendar created = beijingNow(clock);
            LetterLayout.setLetter(doc, fonts, letter);
            pdfA.describe(doc, letter.title(), letter.issuer(), letter.number(), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // plain objects and a classic cross-reference table, not object streams: the signer reads the file
            // straight back, and reading (and writing) object streams cost more than the 3 % they save of a letter
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** Now in Beijing, in whole seconds, as letters and the bureau's other signed documents are dated. */
    public static Calendar beijingNow(Clock clock) {
        // whole seconds: PDF dates carry no fraction, and Info and XMP must state the same instant
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(BEIJING)).withNano(0);
        GregorianCalendar calendar = GregorianCalendar.from(now);
        calendar.setTimeZone(TimeZone.getTimeZone(BEIJING));
        return calendar;
    }
}
