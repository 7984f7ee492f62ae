package cn.kaifeng.tfs.budget.web;

import cn.kaifeng.tfs.budget.domain.ExecutionTable;
import cn.kaifeng.tfs.budget.service.BudgetExecutionService;
import cn.kaifeng.tfs.organisation.domain.OrganisationProfile;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shell.web.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The reviewers' budget execution (预算执行, {@code /reviewer/budget-execution.xhtml}): per program, district and budget
 * year, the budget, committed, paid, recovered and 预算执行率, filtered by year, program and district (a plain GET
 * form, so a filtered view is a link), with totals and the same table as CSV ({@link BudgetExecutionServlet}).
 */
@Named
@RequestScoped
public class BudgetExecutionPage {

    /** The years the filter offers: from the first year books exist in the demo and production data, to next year. */
    static final int FIRST_YEAR = 2024;

    @Inject
    private BudgetExecutionService execution;

    @Inject
    private ProgramService programs;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private Integer year;
    private String program;
    private String district;
    private ExecutionTable table;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
    }

    public ExecutionTable getTable() {
        if (table == null) {
            table = execution.table(currentUser.username(), year, program, district);
        }
        return table;
    }

    /** The programs for the filter, by code. */
    public List<ProgramDefinition> getPrograms() {
        List<ProgramDefinition> all = new ArrayList<>(programs.current());
        all.sort(Comparator.comparing(ProgramDefinition::code));
        return all;
    }

    /** A program's name, or its code for a book whose program is no longer defined. */
    public String programName(String code) {
        return programs.current(code).map(p -> p.name().zh()).orElse(code);
    }

    public List<String> getDistricts() {
        List<String> codes = new ArrayList<>();
        Arrays.stream(OrganisationProfile.District.values()).forEach(d -> codes.add(d.name()));
        codes.add(ExecutionTable.UNKNOWN);
        return codes;
    }

    public List<Integer> getYears() {
        int last = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear() + 1;
        List<Integer> years = new ArrayList<>();
        for (int y = last; y >= Math.min(FIRST_YEAR, year); y--) {
            years.add(y);
        }
        return years;
    }

    /** The CSV of the table as filtered. */
    public String getCsvQuery() {
        return "year=" + year + (program == null ? "" : "&program=" + encode(program))
                + (district == null ? "" : "&district=" + encode(district));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public Integer getYear() {
        return year;
    }

    /** A year outside 2000–2100 (no book can have one) is taken as this year. */
    public void setYear(Integer year) {
        if (year != null && year >= 2000 && year <= 2100) {
            this.year = year;
        }
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program == null || program.isBlank() ? null : program.strip();
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district == null || district.isBlank() ? null : district.strip();
    }
}
