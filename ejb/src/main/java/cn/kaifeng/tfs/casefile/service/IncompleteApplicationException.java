package cn.kaifeng.tfs.casefile.service;

import cn.kaifeng.tfs.casefile.domain.FormCheck;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.util.List;

/** Submission refused: the form still has problems, each tied to its field. */
public class IncompleteApplicationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FormCheck.Problem> problems;

    public IncompleteApplicationException(List<FormCheck.Problem> problems) {
        super("application.incomplete", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FormCheck.Problem> problems() {
        return problems;
    }
}
