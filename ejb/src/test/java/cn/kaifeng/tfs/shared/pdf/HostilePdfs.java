package cn.kaifeng.tfs.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * PDFs written byte by byte that try to exhaust whoever reads them, each a few kilobytes to a few megabytes: Flate
 * bombs where PDFBox decodes while it parses (an object stream, a cross-reference stream, and an object stream that
 * only the repair of a damaged file finds), a predictor that asks for huge row buffers, and structures nested deeper
 * than any real file.
 */
public final class HostilePdfs {

    /** What the bombs inflate to: far more than a test JVM's heap, and more than any letter or upload. */
    public static final long TWO_GIB = 2L << 30;

    private static final int MIB = 1 << 20;

    private HostilePdfs() {}

    /** The catalog sits in an object stream that inflates to {@code zeros} more bytes: loading has to decode it. */
    public static byte[] flateBombInObjectStream(long zeros) {
        RawPdf pdf = pageTree();
        pdf.compressedCatalogIn(4, zeros);
        return pdf.withXrefStream(5, "");
    }

    /** The cross-reference stream itself inflates to {@code zeros} bytes after its entries. */
    public static byte[] flateBombInXrefStream(long zeros) {
        RawPdf pdf = pageTree();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        return pdf.withXrefStream(4, "/Filter /FlateDecode", rows -> zlibWithZeros(rows, zeros));
    }

    /**
     * The object stream bomb without {@code startxref}: PDFBox rebuilds the cross references by searching the file,
     * and on that path decodes every object stream it finds through its own brute-force parser.
     */
    public static byte[] flateBombFoundByRepair(long zeros) {
        RawPdf pdf = pageTree();
        pdf.compressedCatalogIn(4, zeros);
        return pdf.withoutXref();
    }

    /** The only page's content stream inflates to {@code zeros} bytes; only drawing or extracting text decodes it. */
    public static byte[] flateBombInContent(long zeros) {
        RawPdf pdf = new RawPdf();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>");
        pdf.stream(4, "/Filter /FlateDecode", zlibWithZeros("BT ET ".getBytes(StandardCharsets.ISO_8859_1), zeros));
        return pdf.withXrefTable();
    }

    /** A tiny object stream whose decode parameters ask PDFBox's predictor for two rows of 128 MiB each. */
    public static byte[] predictorBomb() {
        RawPdf pdf = pageTree();
        pdf.compressedCatalogIn(
                4, 0, "/DecodeParms << /Predictor 12 /Colors 32 /BitsPerComponent 16 /Columns " + (2 * MIB) + " >>");
        return pdf.withXrefStream(5, "");
    }

    /** An annotation of the only page holds arrays nested {@code depth} deep. */
    public static byte[] nestedArrays(int depth) {
        RawPdf pdf = new RawPdf();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R] >>");
        pdf.object(
                4,
                "<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /JavaScript /JS (app.alert(1)) >> /Deep "
                        + "[".repeat(depth) + "]".repeat(depth) + " >>");
        return pdf.withXrefTable();
    }

    /**
     * A page tree {@code depth} levels deep (each node an object of its own) in a file whose cross references are
     * gone but whose trailer is left: PDFBox repairs it, finds the catalog through the trailer, and then checks the
     * page tree recursively.
     */
    public static byte[] deepPageTree(int depth) {
        RawPdf pdf = new RawPdf();
        pdf.object(1, "<< /Type /Catalog /Pages 3 0 R >>");
        pdf.object(2, "<< /Producer (HostilePdfs) >>");
        for (int level = 0; level < depth; level++) {
            pdf.object(3 + level, "<< /Type /Pages /Kids [" + (4 + level) + " 0 R] /Count 1 >>");
        }
        pdf.object(3 + depth, "<< /Type /Page /Parent " + (2 + depth) + " 0 R /MediaBox [0 0 200 200] >>");
        return pdf.withTrailerOnly("/Root 1 0 R /Info 2 0 R");
    }

    /**
     * The catalog starts a chain of {@code length} dictionaries, each referring to the next, in a file without cross
     * references or trailer: PDFBox repairs it by reading every object, then marks the whole graph as read with a
     * recursive walk.
     */
    public static byte[] longChain(int length) {
        RawPdf pdf = pageTree();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R /Next 4 0 R >>");
        for (int link = 0; link < length; link++) {
            pdf.object(4 + link, "<< /Next " + (5 + link) + " 0 R >>");
        }
        return pdf.withoutXref();
    }

    /** A form whose only field has descendants {@code depth} levels deep; PDFBox walks form fields recursively. */
    public static byte[] deepFieldTree(int depth) {
        RawPdf pdf = pageTree();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>");
        for (int level = 0; level < depth; level++) {
            String parent = level == 0 ? "" : " /Parent " + (3 + level) + " 0 R";
            pdf.object(4 + level, "<< /T (f" + level + ") /Kids [" + (5 + level) + " 0 R]" + parent + " >>");
        }
        pdf.object(4 + depth, "<< /T (leaf) /FT /Tx /Parent " + (3 + depth) + " 0 R >>");
        return pdf.withXrefTable();
    }

    /**
     * A JavaScript open action hidden behind an indirect object whose whole value is a reference to another one
     * (object 4 is {@code 5 0 R}; object 5 is the action). PDFBox reads object 4 as the number 5, so nothing it
     * reaches from the trailer refers to the action; a reader that follows the reference would run it.
     */
    public static byte[] scriptBehindAReferenceToAReference() {
        RawPdf pdf = pageTree();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>");
        pdf.object(4, "5 0 R");
        pdf.object(5, "<< /S /JavaScript /JS (app.alert(1)) >>");
        return pdf.withXrefTable();
    }

    /** A small, ordinary one-page PDF written by PDFBox, with the given keywords (null for none). */
    public static byte[] plain(String keywords) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setKeywords(keywords);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zlib stream of {@code prefix} followed by {@code zeros} zero bytes. A full flush ends a deflate block on a
     * byte boundary with no reference back across it, so the compressed form of one MiB of zeros can be repeated to
     * stand for any multiple of it: two GiB are "compressed" in milliseconds instead of seconds of deflating.
     */
    static byte[] zlibWithZeros(byte[] prefix, long zeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0xDA);
        out.writeBytes(rawDeflate(prefix, Deflater.FULL_FLUSH));
        byte[] mebibyte = rawDeflate(new byte[MIB], Deflater.FULL_FLUSH);
        for (long i = 0; i < zeros / MIB; i++) {
            out.writeBytes(mebibyte);
        }
        out.writeBytes(rawDeflate(new byte[(int) (zeros % MIB)], Deflater.FULL_FLUSH));
        out.writeBytes(rawDeflate(new byte[0], Deflater.NO_FLUSH));
        // Adler-32 over zeros: the byte sum a stays, the running sum b grows by a for each zero
        Adler32 adler = new Adler32();
        adler.update(prefix);
        long a = adler.getValue() & 0xFFFF;
        long b = ((adler.getValue() >>> 16) + (zeros % 65521) * a) % 65521;
        long checksum = (b << 16) | a;
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (checksum >>> shift));
        }
        return out.toByteArray();
    }

    /** Raw deflate of {@code data}, ended by {@code flush}, or by the final block for {@code NO_FLUSH}. */
    private static byte[] rawDeflate(byte[] data, int flush) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        deflater.setInput(data);
        if (flush == Deflater.NO_FLUSH) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } else {
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
        }
        deflater.end();
        return out.toByteArray();
    }

    private static RawPdf pageTree() {
        RawPdf pdf = new RawPdf();
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        return pdf;
    }

    /** Writes objects and remembers where they start, for a cross-reference table or stream at the end. */
    private static final class RawPdf {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final TreeMap<Integer, Long> offsets = new TreeMap<>();
        /** Object number to {object stream number, index in it}. */
        private final Map<Integer, int[]> compressed = new TreeMap<>();

        RawPdf() {
            text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        }

        void object(int number, String body) {
            offsets.put(number, (long) out.size());
            text(number + " 0 obj\n" + body + "\nendobj\n");
        }

        void stream(int number, String dictionary, byte[] data) {
            offsets.put(number, (long) out.size());
            text(number + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n");
            out.writeBytes(data);
            text("\nendstream\nendobj\n");
        }

        /** Object 1, the catalog, as the only object of object stream {@code number}, followed by zeros. */
        void compressedCatalogIn(int number, long zeros, String... extra) {
            String header = "1 0 ";
            byte[] objects = (header + "<< /Type /Catalog /Pages 2 0 R >> ").getBytes(StandardCharsets.ISO_8859_1);
            stream(
                    number,
                    "/Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode " + String.join(" ", extra),
                    zlibWithZeros(objects, zeros));
            compressed.put(1, new int[] {number, 0});
        }

        byte[] withXrefTable() {
            long start = out.size();
            int size = offsets.lastKey() + 1;
            StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f\r\n");
            for (int number = 1; number < size; number++) {
                Long offset = offsets.get(number);
                table.append(offset == null ? "0000000000 65535 f\r\n" : String.format("%010d 00000 n\r\n", offset));
            }
            table.append("trailer\n<< /Size " + size + " /Root 1 0 R >>\nstartxref\n" + start + "\n%%EOF\n");
            text(table.toString());
            return out.toByteArray();
        }

        byte[] withXrefStream(int number, String filter) {
            return withXrefStream(number, filter, rows -> rows);
        }

        /** A cross-reference stream (entries 1, 4 and 2 bytes wide) as object {@code number}, then startxref. */
        byte[] withXrefStream(int number, String filter, java.util.function.UnaryOperator<byte[]> encode) {
            long start = out.size();
            offsets.put(number, start);
            int size = Math.max(
                            offsets.lastKey(),
                            compressed.keySet().stream().max(Integer::compare).orElse(0))
                    + 1;
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            for (int n = 0; n < size; n++) {
                Long offset = offsets.get(n);
                int[] inStream = compressed.get(n);
                if (offset != null) {
                    row(rows, 1, offset, 0);
                } else if (inStream != null) {
                    row(rows, 2, inStream[0], inStream[1]);
                } else {
                    row(rows, 0, 0, 0xFFFF);
                }
            }
            byte[] data = encode.apply(rows.toByteArray());
            text(number + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root 1 0 R " + filter + " /Length "
                    + data.length + " >>\nstream\n");
            out.writeBytes(data);
            text("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n");
            return out.toByteArray();
        }

        /** A trailer but no cross references: a reader has to search the file for its objects. */
        byte[] withTrailerOnly(String entries) {
            text("trailer\n<< " + entries + " >>\n%%EOF\n");
            return out.toByteArray();
        }

        /** No cross references at all: a reader has to search the file for its objects. */
        byte[] withoutXref() {
            text("%%EOF\n");
            return out.toByteArray();
        }

        private static void row(ByteArrayOutputStream rows, int type, long field2, int field3) {
            rows.write(type);
            for (int shift = 24; shift >= 0; shift -= 8) {
                rows.write((int) (field2 >>> shift));
            }
            rows.write(field3 >>> 8);
            rows.write(field3);
        }

        private void text(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
