package cn.kaifeng.tfs.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.domain.AttachmentName;
import cn.kaifeng.tfs.attachment.domain.FileKind;
import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void chinese_names_are_kept() {
        assertEquals("创业项目计划书（终稿）.pdf", AttachmentName.of("创业项目计划书（终稿）.pdf", FileKind.PDF));
    }

    @Test
    void only_the_last_path_segment_is_kept() {
        assertEquals("plan.pdf", AttachmentName.of("C:\\Users\\me\\plan.pdf", FileKind.PDF));
        assertEquals("plan.pdf", AttachmentName.of("../../etc/plan.pdf", FileKind.PDF));
    }

    @Test
    void control_and_direction_characters_are_dropped() {
        // U+202E would make "invoice\u202Efdp.exe" look like "invoiceexe.pdf"
        assertEquals("invoicefdp.exe.pdf", AttachmentName.of("invoice\u202Efdp.exe", FileKind.PDF));
        assertEquals("a b.pdf", AttachmentName.of("a\r\n\tb.pdf", FileKind.PDF));
    }

    @Test
    void the_name_ends_in_what_the_content_is() {
        assertEquals("scan.pdf.png", AttachmentName.of("scan.pdf", FileKind.PNG));
        assertEquals("photo.JPEG", AttachmentName.of("photo.JPEG", FileKind.JPEG));
    }

    @Test
    void empty_or_dot_names_get_a_neutral_one_and_long_ones_are_cut() {
        assertEquals("附件.pdf", AttachmentName.of("  ", FileKind.PDF));
        assertEquals("附件.pdf", AttachmentName.of("..", FileKind.PDF));
        assertEquals("附件.pdf", AttachmentName.of(null, FileKind.PDF));
        String cut = AttachmentName.of("长".repeat(500) + ".pdf", FileKind.PDF);
        assertTrue(cut.length() <= 124, cut);
        assertTrue(cut.endsWith(".pdf"));
    }
}
