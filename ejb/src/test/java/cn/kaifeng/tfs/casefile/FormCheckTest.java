package cn.kaifeng.tfs.casefile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.casefile.domain.FormCheck;
import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    private static boolean has(List<FormCheck.Problem> problems, String field, String key) {
        return problems.stream()
                .anyMatch(p -> p.field().equals(field) && p.key().equals(key));
    }
}
