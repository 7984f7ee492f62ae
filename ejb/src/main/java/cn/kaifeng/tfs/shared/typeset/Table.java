package cn.kaifeng.tfs.shared.typeset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * How a ruled table is set: its columns' widths from the frame's left side, the size and leading of its text, the
 * padding inside a cell, the grey behind the header row, whether the header is bold, and the colour of the rules. A
 * cell's text is broken into the lines that fit its column, so a row is as high as its tallest cell; a row that does
 * not fit goes to the next page, under the header repeated there.
 *
 * @param widths the columns' widths in points, left to right
 * @param headerFill the grey (RGB) behind the header row
 * @param rules the colour (RGB) of the lines around and between the cells
 */
public record Table(
        float[] widths, float size, float leading, float pad, float[] headerFill, boolean boldHeader, float[] rules) {

    /** Sets the header row (null for none) and the rows at the cursor; the cursor ends under the last row. */
    public void set(Typesetter page, String[] header, List<String[]> rows) throws IOException {
        List<List<String>> head = header == null ? null : cells(page, header);
        if (head != null) {
            page.need(height(head));
            row(page, head, true);
        }
        for (String[] r : rows) {
            List<List<String>> cells = cells(page, r);
            if (!page.fits(height(cells))) {
                page.newPage();
                if (head != null) {
                    row(page, head, true);
                }
            }
            row(page, cells, false);
        }
    }

    /** The width of all columns together. */
    public float width() {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }

    /** A row's cells broken into the lines that fit their columns. */
    private List<List<String>> cells(Typesetter page, String[] cells) {
        List<List<String>> lines = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            lines.add(page.lines(cells[i], widths[i] - 2 * pad, size));
        }
        return lines;
    }

    /** The height of a row: its tallest cell's lines, and the padding above and below. */
    private float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * leading + 2 * pad;
    }

    private void row(Typesetter page, List<List<String>> cells, boolean header) throws IOException {
        PDPageContentStream cs = page.canvas();
        float height = height(cells);
        float left = page.frame().left();
        float top = page.y();
        if (header) {
            cs.setNonStrokingColor(headerFill[0], headerFill[1], headerFill[2]);
            cs.addRect(left, top - height, width(), height);
            cs.fill();
        }
        float x = left;
        for (int i = 0; i < cells.size(); i++) {
            float baseline = top - pad - size;
            for (String line : cells.get(i)) {
                if (header && boldHeader) {
                    page.strong(size, Typesetter.BLACK, x + pad, baseline, line);
                } else {
                    page.text(size, Typesetter.BLACK, x + pad, baseline, line);
                }
                baseline -= leading;
            }
            x += widths[i];
        }
        cs.setStrokingColor(rules[0], rules[1], rules[2]);
        cs.setLineWidth(0.5f);
        cs.addRect(left, top - height, width(), height);
        x = left;
        for (int i = 0; i < widths.length - 1; i++) {
            x += widths[i];
            cs.moveTo(x, top);
            cs.lineTo(x, top - height);
        }
        cs.stroke();
        page.down(height);
    }
}
