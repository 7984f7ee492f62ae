package cn.kaifeng.tfs.casefile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.casefile.domain.FormCheck;
import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormCheckTest {

    private final ProgramDefinition talent = Programs.shipped("kf-rc-talent.yaml");

    @Test
    void required_file_fields_need_an_attachment() {
        List<FormCheck.Problem> problems = FormCheck.problems(talent, Map.of(), Map.of());
        assertTrue(has(problems, "businessPlan", "form.fileRequired"), problems.toString());
        assertTrue(has(problems, "talentProof", "form.fileRequired"), problems.toString());
        // optional file field: nothing to say
        assertTrue(problems.stream().noneMatch(p -> p.field().equals("capitalProof")), problems.toString());
    }

    @Test
    void attachments_satisfy_the_file_fields_up_to_their_maximum() {
        List<FormCheck.Problem> ok =
                FormCheck.problems(talent, Map.of(), Map.of("businessPlan", 1L, "talentProof", 5L));
        assertTrue(ok.stream()
                .noneMatch(p -> p.field().equals("businessPlan") || p.field().equals("talentProof")));
        List<FormCheck.Problem> tooMany = FormCheck.problems(talent, Map.of(), Map.of("businessPlan", 2L));
        assertTrue(has(tooMany, "businessPlan", "attachment.tooMany"), tooMany.toString());
    }

    @Test
    void numbers_outside_their_bounds_and_unknown_options_are_problems() {
        List<FormCheck.Problem> problems = FormCheck.problems(
                talent, Map.of("requestedAmount", new BigDecimal("-1"), "techField", "TELEPORTATION"), Map.of());
        assertTrue(has(problems, "requestedAmount", "form.belowMin"), problems.toString());
        assertTrue(has(problems, "techField", "form.unknownOption"), problems.toString());
    }

    @ParameterizedTest(name = "{0} invention patents -> {1}")
    @CsvSource({"3, ", "3.0, ", "2.5, form.notWhole", "0, "})
    void countsTakeWholeNumbersOnly(String patents, String problem) {
        List<FormCheck.Problem> problems =
                FormCheck.problems(talent, Map.of("inventionPatents", new BigDecimal(patents)), Map.of());
        if (problem == null) {
            assertTrue(problems.stream().noneMatch(p -> p.field().equals("inventionPatents")), problems.toString());
        } else {
            assertTrue(has(problems, "inventionPatents", problem), problems.toString());
        }
    }

    @Test
    void aNumberFieldMayTakeDecimalsWhenItsDefinitionSaysSo() throws java.io.IOException {
        String content = java.nio.file.Files.readString(Programs.SHIPPED.resolve("kf-rc-talent.yaml"));
        String changed = content.replace("  - code: industryYears\n", "  - code: industryYears\n    whole: false\n");
        org.junit.jupiter.api.Assertions.assertNotEquals(content, changed, "the talent program asks for industryYears");
        ProgramDefinition program = Programs.reader().read("kf-rc-talent.yaml", changed);
        assertTrue(FormCheck.problems(program, Map.of("industryYears", new BigDecimal("2.5")), Map.of()).stream()
                .noneMatch(p -> p.field().equals("industryYears")));
        assertTrue(has(
                FormCheck.problems(talent, Map.of("industryYears", new BigDecimal("2.5")), Map.of()),
                "industryYears",
                "form.notWhole"));
    }

    private static boolean has(List<FormCheck.Problem> problems, String field, String key) {
        return problems.stream()
                .anyMatch(p -> p.field().equals(field) && p.key().equals(key));
    }
}
