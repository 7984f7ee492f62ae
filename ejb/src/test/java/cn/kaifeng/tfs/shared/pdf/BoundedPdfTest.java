package cn.kaifeng.tfs.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.pdf.PdfTooComplexException.Limit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BoundedPdfTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of(
                        "Flate bomb in an object stream",
                        HostilePdfs.flateBombInObjectStream(HostilePdfs.TWO_GIB),
                        Limit.DECODED_BYTES),
                Arguments.of(
                        "Flate bomb in the cross-reference stream",
                        HostilePdfs.flateBombInXrefStream(HostilePdfs.TWO_GIB),
                        Limit.DECODED_BYTES),
                Arguments.of(
                        "Flate bomb found by repairing the file",
                        HostilePdfs.flateBombFoundByRepair(HostilePdfs.TWO_GIB),
                        Limit.DECODED_BYTES),
                Arguments.of("predictor asking for huge rows", HostilePdfs.predictorBomb(), Limit.DECODED_BYTES),
                Arguments.of("page tree 50,000 levels deep", HostilePdfs.deepPageTree(50_000), Limit.NESTING),
                Arguments.of("form fields 50,000 levels deep", HostilePdfs.deepFieldTree(50_000), Limit.NESTING),
                Arguments.of("chain of 50,000 references, repaired", HostilePdfs.longChain(50_000), Limit.NESTING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void costs_more_than_the_limits_allow(String what, byte[] pdf, Limit limit) {
        PdfTooComplexException e = assertThrows(
                PdfTooComplexException.class,
                () -> BoundedPdf.read(pdf, (document, guard) -> document.getSignatureDictionaries()),
                what);
        assertEquals(limit, e.limit(), e.getMessage());
    }

    @Test
    void the_bombs_are_real_for_pdfbox_unbounded() throws IOException {
        // the same bytes, loaded the usual way, decode the whole object stream while loading
        byte[] pdf = HostilePdfs.flateBombInObjectStream(64L << 20);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
        assertThrows(
                PdfTooComplexException.class,
                () -> BoundedPdf.read(pdf, (document, guard) -> document.getNumberOfPages()));
    }

    @Test
    void the_zlib_data_of_a_bomb_is_valid_and_as_long_as_it_says() throws IOException {
        byte[] zlib = HostilePdfs.zlibWithZeros("head".getBytes(), (3L << 20) + 5);
        // java.util.zip checks the Adler-32 at the end
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(zlib))) {
            assertEquals(4 + (3L << 20) + 5, in.transferTo(OutputStream.nullOutputStream()));
        }
    }

    @Test
    void a_stream_read_later_is_bounded_too() {
        byte[] pdf = HostilePdfs.flateBombInContent(HostilePdfs.TWO_GIB);
        PdfTooComplexException e = assertThrows(
                PdfTooComplexException.class,
                () -> BoundedPdf.read(pdf, (document, guard) -> {
                    try (InputStream content = document.getPage(0).getContents()) {
                        return content.readAllBytes().length;
                    }
                }));
        assertEquals(Limit.DECODED_BYTES, e.limit());
    }

    @Test
    void an_object_pdfbox_cannot_parse_is_counted() throws IOException {
        int unreadable = BoundedPdf.read(HostilePdfs.nestedArrays(1_000), (document, guard) -> {
            document.getPage(0).getAnnotations();
            return guard.unreadableObjects();
        });
        assertEquals(1, unreadable);
    }

    @Test
    void a_plain_pdf_is_read_within_the_limits() throws IOException {
        String keywords = BoundedPdf.read(HostilePdfs.plain("KF-2026-0042"), (document, guard) -> {
            assertEquals(0, guard.unreadableObjects());
            return document.getDocumentInformation().getKeywords();
        });
        assertEquals("KF-2026-0042", keywords);
    }

    @Test
    void a_reading_past_its_deadline_fails() {
        PdfLimits noTime = PdfLimits.DEFAULT.withDeadline(Duration.ZERO);
        PdfTooComplexException e = assertThrows(
                PdfTooComplexException.class,
                () -> BoundedPdf.read(HostilePdfs.plain(null), noTime, (document, guard) -> {
                    guard.checkpoint();
                    return null;
                }));
        assertEquals(Limit.TIME, e.limit());
    }

    @Test
    void a_limit_hit_while_pdfbox_swallows_the_failure_still_fails_the_reading() {
        // the annotation's parse fails on the object limit; PDFBox logs that and reads the annotation as null
        PdfLimits fewObjects = new PdfLimits(Duration.ofSeconds(10), 1 << 20, 1 << 20, 3, 16, 1 << 20);
        PdfTooComplexException e = assertThrows(
                PdfTooComplexException.class,
                () -> BoundedPdf.read(HostilePdfs.nestedArrays(10), fewObjects, (document, guard) -> {
                    assertTrue(document.getPage(0).getAnnotations().isEmpty());
                    return null;
                }));
        assertEquals(Limit.OBJECTS, e.limit());
    }
}
