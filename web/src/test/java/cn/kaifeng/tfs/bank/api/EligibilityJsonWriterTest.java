package cn.kaifeng.tfs.bank.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The streamed eligibility answer is, byte for byte, the document JSON-B writes for the same answer. */
class EligibilityJsonWriterTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final EligibilityJsonWriter writer = new EligibilityJsonWriter();

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void anAnswerWithoutAuthorisationIsJsonBsDocument() throws IOException {
        EligibilityJson unauthorised = new EligibilityJson(
                "91410200MA45DE001J",
                false,
                null,
                null,
                List.of(new EligibilityJson.ReasonJson("NO_AUTHORISATION", "未获该企业授权")),
                List.of(),
                Instant.parse("2026-12-03T11:02:14Z"));
        assertSame(unauthorised);
    }

    @Test
    void anAnswerWithSupportListVersionsAndAwkwardTextIsJsonBsDocument() throws IOException {
        EligibilityJson.ProgramJson approved = new EligibilityJson.ProgramJson(
                "KF-XD-CREDIT",
                "元宇宙项目“信易贷”信贷支持",
                "LOAN",
                "ELIGIBLE",
                List.of(),
                new EligibilityJson.SupportJson(
                        new BigDecimal("1500000.00"),
                        "汴金扶〔2026〕7号",
                        "AB12-CD34-EF56",
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 11, 30)),
                3,
                Instant.parse("2026-11-30T08:00:00.123456789Z"));
        EligibilityJson.ProgramJson pending = new EligibilityJson.ProgramJson(
                "KF-JJ-FUND",
                "Metaverse fund \"A\" </script>\n\ttab\u0001",
                "FUND",
                "PENDING",
                List.of(
                        new EligibilityJson.ReasonJson("UNDER_REVIEW", "评审中"),
                        new EligibilityJson.ReasonJson("NOT_YET_LISTED", "不在现行名单\\中")),
                new EligibilityJson.SupportJson(new BigDecimal("1E+6"), null, null, null, null),
                null,
                null);
        EligibilityJson.ProgramJson none =
                new EligibilityJson.ProgramJson("KF-ZL-LEASING", "融资租赁补贴", "LOAN", "NOT_ELIGIBLE", null, null, 1, null);
        EligibilityJson authorised = new EligibilityJson(
                "91410200MA45DE001J",
                true,
                "开封示例元宇宙科技有限公司（演示）",
                LocalDate.of(2027, 12, 3),
                List.of(),
                List.of(approved, pending, none),
                Instant.parse("2026-12-03T11:02:14.516551427Z"));
        String json = assertSame(authorised);
        assertTrue(json.contains("\"amount\":1500000.00"), json);
        assertFalse(json.contains("null"), "absent values are left out: " + json);
    }

    private String assertSame(EligibilityJson answer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(
                answer, EligibilityJson.class, EligibilityJson.class, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        String streamed = out.toString(StandardCharsets.UTF_8);
        assertEquals(JSONB.toJson(answer), streamed);
        return streamed;
    }
}
