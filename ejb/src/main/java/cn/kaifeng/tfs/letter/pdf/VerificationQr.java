package cn.kaifeng.tfs.letter.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/** The QR code of a letter's verification address: encoded once per letter, drawn in every page's footer. */
public final class VerificationQr {

    private VerificationQr() {}

    /** The QR code of an address as dark modules: true where a square is drawn. */
    public static BitMatrix encode(String url) {
        try {
            return new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    0,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8",
                                    // any of the eight masks gives a valid code; choosing one by ZXing's penalty
                                    // rules costs about a millisecond per letter, and a printed address reads well
                                    // with any of them
                                    EncodeHintType.QR_MASK_PATTERN,
                                    2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + url + " as a QR code", e);
        }
    }

    /**
     * The QR code as filled black squares, {@code size} points wide with its lower left corner at x, y; drawn in a
     * space where a module is one unit, so the path's coordinates are small whole numbers, quicker to write and
     * shorter in the file than points with decimals.
     */
    static void draw(PDPageContentStream out, BitMatrix qr, float x, float y, float size) throws IOException {
        int n = qr.getWidth();
        float module = size / n;
        out.saveGraphicsState();
        out.transform(new Matrix(module, 0, 0, module, x, y));
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!qr.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && qr.get(col, row)) {
                    col++;
                }
                // a run of dark modules as one rectangle, slightly overlapping the row below to leave no
                // hairline gaps
                out.addRect(start, n - 1 - row, col - start, 1.01f);
            }
        }
        out.fill();
        out.restoreGraphicsState();
    }
}
