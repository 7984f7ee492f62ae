package cn.kaifeng.tfs.review.web;

import cn.kaifeng.tfs.budget.domain.Budget;
import cn.kaifeng.tfs.budget.domain.RankedList;
import cn.kaifeng.tfs.budget.service.BudgetService;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.Ranking;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.program.web.ProgramTexts;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import cn.kaifeng.tfs.shell.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The ranked list of a program's round (择优排序): the passed applications waiting for their decision in the order
 * the program ranks them, the sum of their amounts down the list, and the cut line where the budget left runs out,
 * for the reviewer to see before anything goes into public notice. Chosen by program, year and round in the
 * address, so a list can be bookmarked and sent to a colleague.
 */
@Named
@ViewScoped
public class RankingPage implements Serializable {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    private BudgetService budgets;

    @Inject
    private ProgramService catalog;

    @Inject
    private ProgramTexts programTexts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private String program;
    private Integer year;
    private Integer round;

    private transient BudgetService.Ranked ranked;

    /** Reads the list chosen in the address (the first program and this year when nothing is chosen). */
    public void load() {
        if (program == null || program.isBlank()) {
            List<ProgramDefinition> current = catalog.current();
            program = current.isEmpty() ? null : current.get(0).code();
        }
        if (year == null) {
            year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        }
        if (round == null) {
            round = 0;
        }
        if (program == null) {
            return;
        }
        try {
            ranked = budgets.ranked(currentUser.username(), program, year, round);
        } catch (DomainException e) {
            // a round the year does not have: show the year's first round instead, and say so
            if ("budget.noSuchRound".equals(e.messageKey()) && round != 1) {
                messages.error(null, e);
                round = 1;
                load();
            } else {
                messages.error(null, e);
            }
        }
    }

    /** Shows the list chosen in the form, by its address. */
    public String show() {
        return "/reviewer/ranking.xhtml?faces-redirect=true&program=" + program + "&year=" + year + "&round="
                + (round == null ? 0 : round);
    }

    public List<ProgramDefinition> getPrograms() {
        return catalog.current();
    }

    public BudgetService.Ranked getRanked() {
        return ranked;
    }

    public List<RankedList.Row> getRows() {
        return ranked == null ? List.of() : ranked.list().rows();
    }

    public List<Budget> getRounds() {
        return ranked == null ? List.of() : ranked.rounds();
    }

    public boolean isMerit() {
        return ranked != null && ranked.program().ranking().merit();
    }

    /** "技术先进性", "提交时间" …: the tie rule that ordered a row after the one before with the same total. */
    public String tieRule(Ranking.TieRule tie) {
        if (tie == null) {
            return "";
        }
        return switch (tie.kind()) {
            case SUBMITTED_AT -> messages.text("ranking.tie.submittedAt");
            case SECTION ->
                ranked.program().sections().stream()
                        .filter(s -> s.code().equals(tie.code()))
                        .findFirst()
                        .map(s -> messages.text("ranking.tie.by", programTexts.text(s.name())))
                        .orElse(tie.code());
            case CRITERION ->
                ranked.program().criteria().stream()
                        .filter(c -> c.code().equals(tie.code()))
                        .findFirst()
                        .map(c -> messages.text("ranking.tie.by", programTexts.text(c.name())))
                        .orElse(tie.code());
        };
    }

    /** The tie rules in words, in order, for the list's heading. */
    public String getOrderInWords() {
        if (!isMerit()) {
            return messages.text("ranking.order.submission");
        }
        StringBuilder words = new StringBuilder(messages.text("ranking.order.merit"));
        for (Ranking.TieRule tie : ranked.program().ranking().ties()) {
            words.append(messages.text("ranking.order.then", tieRule(tie)));
        }
        List<Ranking.TieRule> ties = ranked.program().ranking().ties();
        boolean timeSaid = !ties.isEmpty() && ties.get(ties.size() - 1).kind() == Ranking.TieRule.Kind.SUBMITTED_AT;
        // the submission time always settles what is still equal; said once, whether the program lists it or not
        return words.append(messages.text(timeSaid ? "ranking.order.end" : "ranking.order.last"))
                .toString();
    }

    public BigDecimal yuan(Money money) {
        return money == null ? null : money.yuan();
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }
}
