package cn.kaifeng.tfs.intake.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. This part of the life cycle: a draft is submitted or discarded; a submitted
 * application can be withdrawn before a decision. Review states come with the review workbench.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN;

    private Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }
}
