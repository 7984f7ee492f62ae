package cn.kaifeng.tfs.letter.web;

import cn.kaifeng.tfs.letter.batch.RoundJobs;
import cn.kaifeng.tfs.letter.domain.LetterRound;
import cn.kaifeng.tfs.letter.domain.LetterRoundItem;
import cn.kaifeng.tfs.letter.service.LetterRoundService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Bulk issuing (批量签发): the programs with decided applications waiting for letters, starting a round for one
 * (re-scored first if asked), and every recent round's progress, polled while any is running, with its ZIP.
 */
@Named
@ViewScoped
public class LetterRoundsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LetterRoundService rounds;

    @Inject
    private RoundJobs jobs;

    @Inject
    private ProgramService catalog;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private ProgramTexts programTexts;

    private String programCode;
    private boolean rescore;

    /** One program with how many letters it has waiting. */
    public record Due(String code, String name, long count) implements Serializable {}

    private transient List<Due> due;
    private transient List<LetterRoundService.Progress> latest;

    public List<Due> getDue() {
        if (due == null) {
            due = catalog.current().stream()
                    .map(p -> new Due(p.code(), name(p), rounds.due(currentUser.username(), p.code())))
                    .filter(d -> d.count() > 0)
                    .toList();
        }
        return due;
    }

    private String name(ProgramDefinition program) {
        return programTexts.text(program.name());
    }

    public List<LetterRoundService.Progress> getRounds() {
        if (latest == null) {
            latest = rounds.latest(currentUser.username(), 20);
        }
        return latest;
    }

    public boolean isAnyRunning() {
        return getRounds().stream().anyMatch(r -> !r.finished());
    }

    public List<LetterRoundItem> held(long roundId) {
        return rounds.held(currentUser.username(), roundId);
    }

    public String start() {
        try {
            LetterRound round = rounds.create(currentUser.username(), programCode, rescore);
            jobs.start(round.id());
            messages.flashInfo("letter.round.started", round.id(), round.total());
            return "/reviewer/letters.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            messages.error("rounds:program", e);
            return null;
        }
    }

    /** Read again on every poll. */
    public void refresh() {
        latest = null;
        due = null;
    }

    public String getProgramCode() {
        return programCode;
    }

    public void setProgramCode(String programCode) {
        this.programCode = programCode;
    }

    public boolean isRescore() {
        return rescore;
    }

    public void setRescore(boolean rescore) {
        this.rescore = rescore;
    }
}
