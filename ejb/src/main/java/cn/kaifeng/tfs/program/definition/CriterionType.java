package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.ScoringRule;
import java.util.List;

/**
 * A kind of scoring criterion (bands, per-item points, choice list...), found by its {@link #code()} from the
 * {@code type:} of a criterion in a definition file. Implementations are CDI beans, so a Java plugin adds a
 * criterion type by adding one class; the registry refuses unknown and duplicate codes.
 */
public interface CriterionType {

    /** The name used in definition files, e.g. {@code bands}. */
    String code();

    /** The keys this type reads, besides the ones every criterion has (code, name, source, type, bonus). */
    List<String> keys();

    /**
     * Builds the rule from the criterion's part of the file. Problems are recorded on the spec (with line numbers);
     * the result may then be null.
     */
    ScoringRule compile(Spec spec, TypeContext context);
}
