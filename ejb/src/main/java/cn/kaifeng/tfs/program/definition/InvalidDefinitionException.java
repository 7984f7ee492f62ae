package cn.kaifeng.tfs.program.definition;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A definition file has problems; carries all of them. The message (for logs) lists them in Chinese. */
public class InvalidDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super(problems.stream().map(p -> p.describe(Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
