package cn.kaifeng.tfs.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The expert panel's part of the case: what the panel concluded. The panel's members, their declarations and scores
 * belong to the review feature ({@code review.domain.PanelAssignment}); the case keeps only the conclusion the
 * assessment needs.
 */
@Embeddable
public class PanelConclusion {

    /** The panel's points per expert-judged criterion (JSON), once it has concluded. */
    @Column(name = "panel_scores", length = 4000)
    private String panelScores;

    /** The panel lead's consensus note, where the experts' scores lay too far apart. */
    @Column(name = "panel_note", length = 2000)
    private String panelNote;

    protected PanelConclusion() {
        // for JPA, and for a case the panel has not reached
    }

    static PanelConclusion none() {
        return new PanelConclusion();
    }

    void conclude(String panelScoresJson) {
        this.panelScores = java.util.Objects.requireNonNull(panelScoresJson);
    }

    void note(String note) {
        this.panelNote = note;
    }

    public String panelScores() {
        return panelScores;
    }

    public String panelNote() {
        return panelNote;
    }
}
