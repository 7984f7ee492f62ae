package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.ScoringRule;
import java.util.Optional;

/** What a criterion type may use while compiling: the form's fields, and nested criteria (for best-of). */
public interface TypeContext {

    Optional<FieldDefinition> field(String code);

    /** The criterion's display name, used in its explanations. */
    LocalizedText criterionName();

    /**
     * Whether the definition is new (a file or an import) rather than a stored version read back: a check added to a
     * type after versions were stored reports only on new definitions, so every stored version stays readable.
     */
    boolean newDefinition();

    /** Compiles a nested criterion (an alternative of best-of) with its own type. */
    Nested nested(Spec spec);

    record Nested(LocalizedText name, ScoringRule rule) {}
}
