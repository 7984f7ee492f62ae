package cn.kaifeng.tfs.matching.domain;

import cn.kaifeng.tfs.program.domain.Explanation;
import java.util.List;

/**
 * Why a match came out as it did, in order: the conclusion, the gates, what the profile does not state, the points
 * and the estimate; each an {@link Explanation} rendered in the reader's language when shown.
 */
public record Reasons(List<Explanation> list) {

    public Reasons {
        list = List.copyOf(list);
    }
}
