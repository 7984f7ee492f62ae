package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.Criterion;
import cn.kaifeng.tfs.program.domain.Exclusion;
import cn.kaifeng.tfs.program.domain.Ranking;
import cn.kaifeng.tfs.program.domain.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads how the program's applications share what there is to give: the ranking for its budget ({@code ranking:},
 * 择优 with tie rules) and the programs whose support is not given twice ({@code exclusive:}, 不重复享受). Tie rules
 * must name sections and criteria of this file; a program named in {@code notWith} is checked only for its form,
 * because programs are loaded one file at a time (a rule naming a program never loaded simply never applies).
 */
final class AllocationReader {

    private static final Pattern PROGRAM_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private AllocationReader() {}

    static Ranking ranking(Spec spec, List<Section> sections) {
        Spec ranking = spec.get("ranking");
        if (!ranking.present()) {
            return Ranking.BY_SUBMISSION;
        }
        ranking.allowOnly(List.of("merit", "ties", "source"));
        boolean merit = ranking.bool("merit", false);
        List<Ranking.TieRule> ties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Spec item : ranking.list("ties")) {
            Ranking.TieRule tie = tie(item, sections);
            if (tie != null && !seen.add(tie.kind() + ":" + tie.code())) {
                item.problem("tieRepeated", tie.code() == null ? "submittedAt" : tie.code());
            } else if (tie != null) {
                ties.add(tie);
            }
        }
        if (!merit && !ties.isEmpty()) {
            ranking.get("ties").problem("tiesWithoutMerit");
        }
        return new Ranking(merit, ties, Parts.source(ranking));
    }

    /** {@code submittedAt}, {@code {section: code}} or {@code {criterion: code}}. */
    private static Ranking.TieRule tie(Spec item, List<Section> sections) {
        if (!item.has("section") && !item.has("criterion")) {
            String word = item.scalar();
            if (word == null) {
                return null;
            }
            if (!word.strip().equals("submittedAt")) {
                item.problem("badTieRule", word);
                return null;
            }
            return Ranking.TieRule.submittedAt();
        }
        item.allowOnly(List.of("section", "criterion"));
        if (item.has("section") && item.has("criterion")) {
            item.problem("badTieRule", "section + criterion");
            return null;
        }
        if (item.has("section")) {
            String code = item.string("section");
            if (code != null && sections.stream().noneMatch(s -> s.code().equals(code))) {
                item.get("section").problem("unknownTieSection", code);
                return null;
            }
            return code == null ? null : new Ranking.TieRule(Ranking.TieRule.Kind.SECTION, code);
        }
        String code = item.string("criterion");
        boolean known = sections.stream()
                .flatMap(s -> s.criteria().stream())
                .map(Criterion::code)
                .anyMatch(c -> c.equals(code));
        if (code != null && !known) {
            item.get("criterion").problem("unknownTieCriterion", code);
            return null;
        }
        return code == null ? null : new Ranking.TieRule(Ranking.TieRule.Kind.CRITERION, code);
    }

    static List<Exclusion> exclusions(Spec spec, String ownCode, Parts parts) {
        List<Exclusion> rules = new ArrayList<>();
        for (Spec rule : spec.list("exclusive")) {
            rule.allowOnly(List.of("code", "name", "notWith", "scope", "resolution", "source"));
            String code = parts.code(rule, Parts.Kind.EXCLUSION);
            List<String> notWith = new ArrayList<>();
            List<Spec> named = rule.list("notWith");
            if (named.isEmpty()) {
                rule.problem("missingKey", "notWith");
            }
            for (Spec program : named) {
                String other = program.scalar();
                if (other == null) {
                    continue;
                }
                other = other.strip();
                if (!PROGRAM_CODE.matcher(other).matches()) {
                    program.problem("programCode", other);
                } else if (other.equals(ownCode)) {
                    program.problem("exclusiveSelf", other);
                } else if (notWith.contains(other)) {
                    program.problem("duplicateCode", other);
                } else {
                    notWith.add(other);
                }
            }
            Exclusion.Scope scope = rule.enumValue("scope", Exclusion.Scope.class);
            Exclusion.Resolution resolution = rule.enumValue("resolution", Exclusion.Resolution.class);
            rules.add(new Exclusion(code, rule.text("name"), notWith, scope, resolution, Parts.source(rule)));
        }
        return rules;
    }
}
