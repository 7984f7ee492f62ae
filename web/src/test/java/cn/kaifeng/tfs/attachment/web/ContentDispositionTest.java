package cn.kaifeng.tfs.attachment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void chinese_names_travel_as_utf8_with_an_ascii_fallback() {
        assertEquals(
                "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E8%AE%A1%E5%88%92%E4%B9%A6%EF%BC%81.pdf",
                ContentDisposition.of(false, "计划书！.pdf"));
    }

    @Test
    void quotes_backslashes_and_separators_cannot_break_the_header() {
        String header = ContentDisposition.of(true, "a\"b\\c;d e.pdf");
        assertEquals("inline; filename=\"a_b_c;d e.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd%20e.pdf", header);
    }
}
