package cn.kaifeng.tfs.demo;

import cn.kaifeng.tfs.account.domain.Role;
import cn.kaifeng.tfs.account.service.AccountService;
import cn.kaifeng.tfs.attachment.service.AttachmentService;
import cn.kaifeng.tfs.bank.domain.QueryChannel;
import cn.kaifeng.tfs.bank.domain.QueryPurpose;
import cn.kaifeng.tfs.bank.service.Caller;
import cn.kaifeng.tfs.bank.service.ConsentService;
import cn.kaifeng.tfs.bank.service.EligibilityService;
import cn.kaifeng.tfs.bank.service.EligibleListService;
import cn.kaifeng.tfs.bank.service.LoanReportService;
import cn.kaifeng.tfs.budget.service.BudgetService;
import cn.kaifeng.tfs.casefile.domain.ApplicationStatus;
import cn.kaifeng.tfs.casefile.service.ApplicationService;
import cn.kaifeng.tfs.letter.domain.Letter;
import cn.kaifeng.tfs.letter.service.AppealService;
import cn.kaifeng.tfs.letter.service.LetterService;
import cn.kaifeng.tfs.organisation.domain.Organisation;
import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.organisation.service.OrganisationService;
import cn.kaifeng.tfs.organisation.service.ProfileService;
import cn.kaifeng.tfs.program.domain.ExpertRange;
import cn.kaifeng.tfs.program.domain.FieldDefinition;
import cn.kaifeng.tfs.program.domain.FieldType;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.review.domain.PanelAssignment;
import cn.kaifeng.tfs.review.service.DecisionService;
import cn.kaifeng.tfs.review.service.PanelService;
import cn.kaifeng.tfs.review.service.ReviewService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.SimulatedClock;
import cn.kaifeng.tfs.shared.infra.Clocks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.logging.Logger;

/**
 * The demo's year: about sixty fictional enterprises and talent teams and a year of their applications to all eight
 * programs, driven through the same services the pages call while the application's clock ({@link SimulatedClock})
 * walks from January to today, so every record carries the day it happened on: submitted before reviewed, letters
 * after decisions, notices in progress today. Runs only on a demonstration server with the year switched on
 * ({@code TFS_DEMO=true} and {@code TFS_DEMO_YEAR=true}); the test suite's shared server has only the first switch
 * and keeps the small demo its tests count on.
 *
 * <p>Every step of every application is planned first, then all steps run in the order of their simulated time (a
 * random generator with a fixed seed chooses names, figures and days, so a fresh database always gets the same
 * picture). A step the services refuse stops that application where it is, with a warning, and the rest goes on.
 * It runs on a timer's thread once the application is deployed (pages answer meanwhile, with the year filling in).
 * Idempotent: once the year's first organisation exists, a restart seeds nothing and only prints what each demo
 * account will find. Each service call commits on its own (the start-up method runs outside a transaction), as a
 * user's clicks would; a server stopped halfway keeps a part of the year (delete the demo database to start over).
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoYear {

    private static final Logger LOG = Logger.getLogger(DemoYear.class);

    /** The second switch: the year is seeded only when this is "true" as well as {@link DemoData#SWITCH}. */
    static final String SWITCH = "TFS_DEMO_YEAR";

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String REVIEWER = "demo.reviewer";
    static final String SECOND_REVIEWER = "demo.reviewer2";
    static final String BANK_CLIENT = "BC-DEMODEMODEMO";
    static final String BANK_OFFICER = "demo.bank";
    static final List<String> EXPERTS =
            List.of("demo.expert", "demo.expert2", "demo.expert3", "demo.expert4", "demo.expert5", "demo.expert6");
    /** The demo enterprise's employee among the experts: never on its panels. */
    static final String CONFLICTED_EXPERT = "demo.expert6";

    /** Where an application's story ends. */
    enum Fate {
        DRAFT,
        SUBMITTED,
        FORMAL_REVIEW,
        RETURNED,
        EXPERT_REVIEW,
        /** In expert review with every expert but demo.expert done: demo.expert's assignment waits. */
        EXPERT_WAITING,
        CONCLUDED,
        NOTICE_NOW,
        OBJECTED_NOW,
        AWAITING_DECISION,
        SECOND_APPROVAL,
        APPROVED,
        /** Approved yesterday or so: its letter is due (the reviewer's letters page lists it). */
        LETTER_DUE,
        /** Approved days ago; its letter comes with the program's letter round (批量出具) two days ago. */
        LETTER_ROUND,
        REJECTED,
        APPEALED_NOW,
        APPEAL_DISMISSED,
        REVOKED;

        boolean now() {
            return this != APPROVED && this != REJECTED && this != APPEAL_DISMISSED && this != REVOKED;
        }

        /** Whether the story gets its letter on its own (the others in a round, or none). */
        boolean ownLetter() {
            return this != LETTER_ROUND && this != LETTER_DUE;
        }
    }

    public record Content(
            String comment,
            long seed,
            List<String> places,
            List<String> trades,
            List<String> suffixes,
            List<String> surnames,
            List<String> givenNames,
            List<String> roles,
            List<String> universities,
            List<String> techLines,
            Map<String, String> returnReasons,
            String rejectReason,
            String appealReason,
            String appealDismissal,
            String revokeReason,
            String objectionReason,
            String objectionDismissal,
            String expertComment,
            String consensusNote,
            Map<String, BigDecimal> budgets,
            Map<String, Map<String, Object>> forms) {}

    @Inject
    private Clocks clocks;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private ProfileService profiles;

    @Inject
    private ProgramService programs;

    @Inject
    private ApplicationService applications;

    @Inject
    private AttachmentService attachments;

    @Inject
    private ReviewService reviews;

    @Inject
    private PanelService panels;

    @Inject
    private DecisionService decisions;

    @Inject
    private LetterService letters;

    @Inject
    private AppealService appeals;

    @Inject
    private cn.kaifeng.tfs.privacy.service.RetentionService retention;

    @Inject
    private cn.kaifeng.tfs.verification.service.ClaimService claims;

    @Inject
    private cn.kaifeng.tfs.letter.service.LetterRoundService letterRounds;

    @Inject
    private BudgetService budgets;

    @Inject
    private ConsentService consents;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private EligibleListService eligibleLists;

    @Inject
    private LoanReportService loanReports;

    @Inject
    private DemoLoans loans;

    @PersistenceContext
    private EntityManager em;

    /** Whether this server seeds the year: a demonstration server with the year's switch on. */
    static boolean on() {
        return "true".equalsIgnoreCase(System.getenv(DemoData.SWITCH))
                && "true".equalsIgnoreCase(System.getenv(SWITCH));
    }

    /**
     * The first day of the simulated year: 330 days before today, leaving a month of the year for what is open now. A
     * step planned before its program opens moves to its first open day ({@code openDay}).
     */
    static Instant firstDay(Instant now) {
        return now.minus(Duration.ofDays(330));
    }

    @jakarta.annotation.Resource
    private jakarta.ejb.TimerService timers;

    @Inject
    private DemoAfterAward afterAwards;

    @Inject
    private cn.kaifeng.tfs.payment.service.PaymentService payments;

    /**
     * Starts the seeding on a timer's thread right after the deployment, not in it: seeding takes minutes on a busy
     * machine, and a deployment that blocks longer than WildFly's five minutes is rolled back. The log says
     * "Demo year: seeded" when it is done; {@code run-demo.sh} and the tour wait for that line.
     */
    @PostConstruct
    void start() {
        if (on()) {
            timers.createSingleActionTimer(1, new jakarta.ejb.TimerConfig(null, false));
        }
    }

    @jakarta.ejb.Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        SimulatedClock clock = clocks.simulated()
                .orElseThrow(() -> new IllegalStateException(SWITCH + " needs " + DemoData.SWITCH + "=true"));
        Content content = read();
        if (organisations.findByCreditCode(DemoCast.creditCode(1)).isPresent()) {
            LOG.info("Demo year: seeded before, nothing to do");
        } else {
            long started = System.nanoTime();
            try {
                new Year(content, clock).run();
            } finally {
                clock.returnToNow();
            }
            LOG.infof(
                    "Demo year: seeded in %d s",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        new DemoFindings(em).lines().forEach(line -> LOG.info("Demo year: " + line));
    }

    private static Content read() {
        try (InputStream in = DemoYear.class.getResourceAsStream("demo-year.json");
                Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, Content.class);
        } catch (Exception e) {
            throw new IllegalStateException("demo-year.json cannot be read", e);
        }
    }

    /** An applicant of the year: its organisation and the account that acts for it. */
    record Applicant(long organisationId, OrganisationKind kind, String username, String name) {}

    /** One application's story: the steps fill in its id as they go; a refused step ends it. */
    static final class Story {
        final Applicant applicant;
        final ProgramDefinition program;
        final Fate fate;
        final Map<String, Object> form;
        Long id;
        /** Its loan, once the demo bank has reported one. */
        Long loanId;

        boolean stopped;
        /** Where its story after the letter ends, if it has an agreement; null: the next stage in turn. */
        DemoAfterAward.Stage afterLetter;

        Story(Applicant applicant, ProgramDefinition program, Fate fate, Map<String, Object> form) {
            this.applicant = applicant;
            this.program = program;
            this.fate = fate;
            this.form = form;
        }

        @Override
        public String toString() {
            return program.code() + " of " + applicant.name() + " (" + fate + ")";
        }
    }

    /** One step at a simulated instant; {@code story} is null for steps of no application (lists, bank queries). */
    record Step(Instant at, long order, Story story, String what, Runnable action) {}

    /** The plan of the year and its run. */
    private final class Year {

        private final Content content;
        private final SimulatedClock clock;
        private final Random random;
        private final DemoCast cast;
        private final Instant now;
        private final Instant first;
        private final List<Step> steps = new ArrayList<>();
        private final List<Applicant> enterprises = new ArrayList<>();
        private final List<Applicant> teams = new ArrayList<>();
        private long order;
        private int expertTurn;
        private DemoAfterAward.Plan afterAward;

        Year(Content content, SimulatedClock clock) {
            this.content = content;
            this.clock = clock;
            this.random = new Random(content.seed());
            this.cast = new DemoCast(content, random);
            this.now = Clock.systemUTC().instant();
            this.first = firstDay(now);
        }

        void run() {
            clock.moveTo(first);
            afterAward = afterAwards.plan(now);
            createApplicants();
            // the administrator makes the second reviewer and the finance section's reviewer finance officers (资金拨付)
            payments.setFinanceOfficer("demo.admin", DemoAfterAward.FINANCE, true);
            payments.setFinanceOfficer("demo.admin", DemoAfterAward.SECOND_FINANCE, true);
            planBudgets();
            planApplications();
            planEligibleLists();
            planClaims();
            // the administrator applies the retention rules once, as on the retention page ("apply now"): the nightly
            // runs are recorded only when they delete something, which nothing of this year is old enough for
            at(day(now, -1), null, "retention run", () -> retention.apply("demo.admin", true));
            steps.sort(Comparator.comparing(Step::at).thenComparingLong(Step::order));
            int done = 0;
            int refused = 0;
            for (Step step : steps) {
                if (step.story() != null && step.story().stopped) {
                    continue;
                }
                clock.moveTo(step.at());
                try {
                    step.action().run();
                    done++;
                } catch (RuntimeException e) {
                    refused++;
                    if (step.story() != null) {
                        step.story().stopped = true;
                    }
                    LOG.warnf(
                            "Demo year: %s refused for %s: %s",
                            step.what(),
                            step.story() == null ? "-" : step.story(),
                            e instanceof DomainException d ? d.getMessage() : e.toString());
                }
            }
            LOG.infof("Demo year: %d steps taken, %d refused", done, refused);
        }

        private void at(Instant when, Story story, String what, Runnable action) {
            Instant at = when.isAfter(now) ? now.minusSeconds(60) : when;
            steps.add(new Step(at, order++, story, what, action));
        }

        /** A working moment on the day {@code days} after {@code from}: 09:00 to 17:00 Beijing time. */
        private Instant day(Instant from, double days) {
            LocalDate date = from.plus(Duration.ofMinutes(Math.round(days * 24 * 60)))
                    .atZone(BEIJING)
                    .toLocalDate();
            LocalTime time = LocalTime.of(9 + random.nextInt(8), random.nextInt(60));
            return date.atTime(time).atZone(BEIJING).toInstant();
        }

        private <T> T pick(List<T> from) {
            return cast.pick(from);
        }

        // ---- applicants ------------------------------------------------------------------------------------

        private void createApplicants() {
            Set<String> names = new HashSet<>();
            for (int n = 1; n <= 60; n++) {
                boolean team = n % 5 == 0; // twelve talent teams among sixty
                String name;
                do {
                    name = team
                            ? pick(content.places()) + pick(content.trades()) + "人才团队（演示）"
                            : "开封" + pick(content.places()) + pick(content.trades()) + pick(content.suffixes())
                                    + "（演示）";
                } while (!names.add(name));
                OrganisationKind kind = team ? OrganisationKind.TALENT_TEAM : OrganisationKind.ENTERPRISE;
                String username = String.format("demo.y%02d", n);
                // registered over the year's first weeks; the organisation row carries that day
                clock.moveTo(day(first, n * 0.5));
                Organisation organisation = organisations.create(kind, name, DemoCast.creditCode(n));
                // a password nobody is told: these accounts exist for their data, the demo logs in as demo.*
                accounts.createAccount(
                        "demo-data",
                        new AccountService.NewAccount(
                                username,
                                cast.personName() + "（演示）",
                                Role.APPLICANT,
                                organisation.id(),
                                DemoCast.secret()));
                Applicant applicant = new Applicant(organisation.id(), kind, username, name);
                profiles.save(username, team ? cast.members(n, name) : null, cast.details(team));
                (team ? teams : enterprises).add(applicant);
            }
            // the small demo's two applicants join the year, with profiles of their own
            accounts.findByUsername("demo.applicant").ifPresent(a -> {
                profiles.save("demo.applicant", null, cast.details(false));
                enterprises.add(0, known(a.organisation().id(), "demo.applicant"));
                afterAwards.payeeAccount("demo.applicant", enterprises.get(0).name());
            });
            accounts.findByUsername("demo.team").ifPresent(a -> {
                Applicant team = known(a.organisation().id(), "demo.team");
                profiles.save("demo.team", cast.members(0, team.name()), cast.details(true));
                teams.add(0, team);
                afterAwards.payeeAccount("demo.team", team.name());
            });
        }

        private Applicant known(Long organisationId, String username) {
            Organisation o = em.find(Organisation.class, organisationId);
            return new Applicant(organisationId, o.kind(), username, o.name());
        }

        // ---- budgets and lists -----------------------------------------------------------------------------

        private void planBudgets() {
            int year = first.atZone(BEIJING).getYear();
            for (ProgramDefinition p : programs.current()) {
                BigDecimal yuan = content.budgets().get(p.code());
                if (p.grantsMoney() && yuan != null) {
                    // set by the administrator as on the budgets page (the small demo's one budget is raised)
                    at(
                            day(first, 1),
                            null,
                            "budget " + p.code(),
                            () -> budgets.set(
                                    "demo.admin",
                                    p.code(),
                                    year,
                                    cn.kaifeng.tfs.budget.domain.Budget.WHOLE_YEAR,
                                    null,
                                    yuan));
                }
            }
        }

        /**
         * The eligible lists are published every two months, and five days ago; a bank's ELIGIBLE answer (the risk
         * pool's proof for a loan) needs the enterprise on a published list.
         */
        private static final int[] LISTS_DAYS_AGO = {300, 240, 180, 120, 60, 5};

        private void planEligibleLists() {
            for (ProgramDefinition p : eligibleLists.programs()) {
                for (int daysAgo : LISTS_DAYS_AGO) {
                    at(
                            day(now, -daysAgo),
                            null,
                            "eligible list " + p.code(),
                            () -> eligibleLists.publish(p.code(), REVIEWER));
                }
            }
        }

        /** Two enterprises registered this week and claim their codes (单位认证): the bureau's queue to verify. */
        private void planClaims() {
            for (int n = 61; n <= 62; n++) {
                String username = String.format("demo.y%02d", n);
                String name = "开封" + pick(content.places()) + pick(content.trades()) + "新材料有限公司（演示）";
                String code = DemoCast.creditCode(n).value();
                String representative = cast.personName();
                Instant registered = day(now, -(n - 59));
                at(registered, null, "claim of " + name, () -> {
                    claims.register(new AccountService.ApplicantRegistration(
                            username,
                            representative + "（演示）",
                            OrganisationKind.ENTERPRISE,
                            name,
                            code,
                            representative,
                            DemoCast.secret()));
                    for (cn.kaifeng.tfs.verification.domain.DocumentKind kind :
                            cn.kaifeng.tfs.verification.domain.DocumentKind.values()) {
                        claims.upload(
                                username,
                                kind,
                                kind.name().toLowerCase() + "-demo.pdf",
                                new ByteArrayInputStream(samplePdf()));
                    }
                    claims.submit(username);
                });
            }
        }

        // ---- applications ----------------------------------------------------------------------------------

        private void planApplications() {
            Set<String> taken = new HashSet<>();
            int historic = 0;
            List<ProgramDefinition> all = new ArrayList<>(programs.current());
            all.sort(Comparator.comparing(ProgramDefinition::code));
            // the demo accounts first, so what they find does not depend on the others
            plan(taken, enterprises.get(0), find(all, "KF-XD-CREDIT"), Fate.APPROVED, 0.2);
            plan(taken, enterprises.get(0), find(all, "KF-RC-TEAM"), Fate.EXPERT_WAITING, 0);
            plan(taken, enterprises.get(0), find(all, "KF-XD-IP-PLEDGE"), Fate.RETURNED, 0);
            plan(
                    taken,
                    enterprises.get(0),
                    find(all, "KF-ZL-LEASING"),
                    Fate.APPROVED,
                    0.3,
                    DemoAfterAward.Stage.ACCEPTANCE_PANEL);
            plan(taken, null, find(all, "KF-ZL-LEASING"), Fate.APPROVED, 0.1, DemoAfterAward.Stage.ACCEPTED);
            plan(taken, enterprises.get(0), find(all, "KF-XD-EQUITY-PLEDGE"), Fate.DRAFT, 0);
            plan(taken, teams.get(0), find(all, "KF-RC-TALENT"), Fate.NOTICE_NOW, 0);
            for (ProgramDefinition p : all) {
                if (p.noApplication()) {
                    continue;
                }
                List<Fate> fates = new ArrayList<>(List.of(
                        Fate.DRAFT,
                        Fate.SUBMITTED,
                        Fate.FORMAL_REVIEW,
                        Fate.RETURNED,
                        Fate.CONCLUDED,
                        Fate.NOTICE_NOW,
                        Fate.OBJECTED_NOW,
                        Fate.AWAITING_DECISION,
                        Fate.APPROVED,
                        Fate.APPROVED,
                        Fate.APPROVED,
                        Fate.APPROVED,
                        Fate.REJECTED,
                        Fate.APPEALED_NOW,
                        Fate.APPEAL_DISMISSED));
                if (p.reviewPath().expertPanel()) {
                    fates.addAll(List.of(Fate.EXPERT_REVIEW, Fate.EXPERT_WAITING, Fate.SECOND_APPROVAL));
                }
                if (p.code().equals("KF-XD-CREDIT")) {
                    fates.add(Fate.REVOKED);
                }
                if (p.code().equals("KF-RC-TALENT") || p.code().equals("KF-GZ-EQUITY-DEBT")) {
                    fates.add(Fate.LETTER_DUE);
                }
                if (p.code().equals("KF-ZL-LEASING") || p.code().equals("KF-XD-CREDIT")) {
                    fates.add(Fate.LETTER_ROUND);
                    fates.add(Fate.LETTER_ROUND);
                    at(day(now, -2), null, "letter round " + p.code(), () -> letterRound(p.code()));
                }
                for (Fate fate : fates) {
                    double when = fate.now() ? 0 : (historic++ % 23) / 23.0;
                    plan(taken, null, p, fate, when);
                }
            }
        }

        private ProgramDefinition find(List<ProgramDefinition> all, String code) {
            return all.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
        }

        /**
         * What an applicant applies to once: a program, or for talent support the category (the talent programs are
         * not enjoyed twice, 就高原则, and the second proposal would be refused).
         */
        private String group(ProgramDefinition program) {
            return program.category() == cn.kaifeng.tfs.program.domain.ProgramCategory.TALENT
                    ? program.category().name()
                    : program.code();
        }

        /** Plans one application of {@code applicant} (or the next free one) to {@code program}. */
        private void plan(Set<String> taken, Applicant applicant, ProgramDefinition program, Fate fate, double when) {
            plan(taken, applicant, program, fate, when, null);
        }

        private void plan(
                Set<String> taken,
                Applicant applicant,
                ProgramDefinition program,
                Fate fate,
                double when,
                DemoAfterAward.Stage afterLetter) {
            if (program == null || content.forms().get(program.code()) == null) {
                return;
            }
            Applicant chosen = applicant;
            if (chosen == null) {
                List<Applicant> pool = new ArrayList<>(enterprises.subList(1, enterprises.size()));
                if (program.openTo(OrganisationKind.TALENT_TEAM)) {
                    pool.addAll(teams.subList(1, teams.size()));
                }
                int start = random.nextInt(pool.size());
                for (int i = 0; i < pool.size() && chosen == null; i++) {
                    Applicant a = pool.get((start + i) % pool.size());
                    if (program.openTo(a.kind()) && !taken.contains(a.username() + group(program))) {
                        chosen = a;
                    }
                }
                if (chosen == null) {
                    return;
                }
            }
            taken.add(chosen.username() + group(program));
            Story story = new Story(chosen, program, fate, form(program, fate));
            story.afterLetter = afterLetter;
            planStory(story, when);
        }

        /** The program's strong example, its figures varied by up to a fifth; a rejected story fails a gate. */
        private Map<String, Object> form(ProgramDefinition program, Fate fate) {
            Map<String, Object> form = new LinkedHashMap<>();
            content.forms().get(program.code()).forEach((k, v) -> {
                Object value = v;
                if (v instanceof BigDecimal b
                        && b.signum() > 0
                        && b.compareTo(BigDecimal.ONE) > 0
                        && b.scale() <= 0
                        && b.compareTo(new BigDecimal("1000")) > 0) {
                    value = b.multiply(BigDecimal.valueOf(85 + random.nextInt(31)))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
                }
                form.put(k, value);
            });
            if (program.code().equals("KF-RC-TEAM")) {
                List<Map<String, Object>> members = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    members.add(Map.of(
                            "name", cast.personName(), "role", content.roles().get(i), "highLevel", i < 3));
                }
                form.put("teamMembers", members);
            }
            if (fate == Fate.REJECTED || fate == Fate.APPEALED_NOW || fate == Fate.APPEAL_DISMISSED) {
                // a gate every program has: the applicant states no serious dishonesty
                form.put("noSeriousDishonesty", false);
            }
            return form;
        }

        private void planStory(Story s, double when) {
            boolean panel = s.program.reviewPath().expertPanel();
            int notice = s.program.reviewPath().publicNoticeDays();
            double review = panel ? 12 : 4; // days from submission to the end of review
            double proposed = review + 1;
            double decided = proposed + notice + 1;
            double lettered = decided + 2;
            // the day of submission: spread over the year for what is history, counted back from today for the rest
            double last = switch (s.fate) {
                case DRAFT -> 1; // its planned submission must lie before today, or the draft is not planned
                case SUBMITTED -> 0;
                case FORMAL_REVIEW -> 2;
                case RETURNED -> 4;
                case EXPERT_REVIEW, EXPERT_WAITING -> 8;
                case CONCLUDED -> review;
                case NOTICE_NOW -> proposed;
                case OBJECTED_NOW -> proposed + 1;
                case AWAITING_DECISION -> proposed + notice;
                case SECOND_APPROVAL -> decided;
                case LETTER_ROUND -> decided + 4;
                case LETTER_DUE -> decided + 1;
                case APPEALED_NOW -> review + 1 + 5;
                default -> lettered;
            };
            Instant submitted = s.fate.now()
                    ? day(now, -last - 1 - random.nextInt(3))
                    : day(first, 14 + when * (Duration.between(first, now).toDays() - 150));
            submitted = openDay(s.program, submitted);
            if (submitted == null) {
                return;
            }
            Instant sub = submitted;
            at(
                    day(sub, -3),
                    s,
                    "start",
                    () -> s.id = applications
                            .start(s.applicant.username(), s.program.code())
                            .id());
            at(day(sub, -2), s, "draft", () -> applications.saveDraft(s.applicant.username(), s.id, half(s.form)));
            if (s.fate == Fate.DRAFT) {
                return;
            }
            at(day(sub, -1), s, "files", () -> attachFiles(s));
            at(sub, s, "submit", () -> applications.submit(s.applicant.username(), s.id, s.form));
            if (s.fate == Fate.SUBMITTED) {
                return;
            }
            at(day(sub, 2), s, "start review", () -> reviews.startReview(REVIEWER, s.id, version(s)));
            if (s.fate == Fate.FORMAL_REVIEW) {
                return;
            }
            if (s.fate == Fate.RETURNED) {
                String field = s.program.fields().stream()
                        .filter(f -> f.type() == FieldType.FILE)
                        .map(FieldDefinition::code)
                        .findFirst()
                        .orElse(null);
                Map<String, String> reasons = new LinkedHashMap<>();
                reasons.put(field, content.returnReasons().values().iterator().next());
                at(day(sub, 4), s, "return", () -> reviews.returnForRevision(REVIEWER, s.id, version(s), reasons));
                return;
            }
            boolean fails = s.fate == Fate.REJECTED || s.fate == Fate.APPEALED_NOW || s.fate == Fate.APPEAL_DISMISSED;
            if (fails) {
                // the gate fails: rejected at formal review, the letter says why, and the applicant may appeal
                at(day(sub, 4), s, "reject", () -> reviews.reject(REVIEWER, s.id, version(s), content.rejectReason()));
                Instant letter = day(sub, 6);
                at(letter, s, "letter", () -> letters.issue(REVIEWER, s.id, version(s)));
                if (s.fate != Fate.REJECTED) {
                    at(
                            day(letter, 5),
                            s,
                            "appeal",
                            () -> appeals.appeal(s.applicant.username(), s.id, content.appealReason()));
                }
                if (s.fate == Fate.APPEAL_DISMISSED) {
                    at(
                            day(letter, 20),
                            s,
                            "dismiss appeal",
                            () -> appeals.dismiss(REVIEWER, s.id, version(s), content.appealDismissal()));
                }
                return;
            }
            at(day(sub, 4), s, "pass formal review", () -> reviews.passFormalReview(REVIEWER, s.id, version(s)));
            if (panel) {
                planPanel(s, sub);
                if (s.fate == Fate.EXPERT_REVIEW || s.fate == Fate.EXPERT_WAITING) {
                    return;
                }
                at(day(sub, review), s, "conclude panel", () -> conclude(s));
            }
            if (s.fate == Fate.CONCLUDED) {
                return;
            }
            Instant propose = day(sub, proposed);
            if (s.fate == Fate.NOTICE_NOW || s.fate == Fate.OBJECTED_NOW) {
                at(propose, s, "propose", () -> propose(s));
                if (s.fate == Fate.OBJECTED_NOW) {
                    at(
                            day(propose, 1),
                            s,
                            "object",
                            () -> decisions.object(
                                    s.id,
                                    content.objectionReason(),
                                    "1390378" + String.format("%04d", s.id % 10000),
                                    "198.51.100." + (1 + (s.id % 200))));
                }
                return;
            }
            // proposed, and the notice ends in the same step: the notice timer, on real time, would otherwise end a
            // notice of the simulated past itself and stamp it today
            at(propose, s, "propose and end notice", () -> {
                propose(s);
                clock.moveTo(clock.instant().plus(Duration.ofDays(notice)).plusSeconds(60));
                decisions.endNotice(s.id);
            });
            if (s.fate == Fate.AWAITING_DECISION) {
                return;
            }
            Instant decide = day(sub, decided);
            at(decide, s, "approve", () -> decisions.approve(REVIEWER, s.id, version(s), null, null));
            if (s.fate == Fate.SECOND_APPROVAL) {
                return;
            }
            at(day(decide, 1), s, "confirm", () -> {
                if (applications.numberedForReviewer(REVIEWER, s.id).status()
                        == ApplicationStatus.AWAITING_SECOND_APPROVAL) {
                    decisions.confirm(SECOND_REVIEWER, s.id, version(s));
                }
            });
            if (!s.fate.ownLetter()) {
                return;
            }
            Instant letter = day(sub, lettered);
            at(letter, s, "letter", () -> letters.issue(REVIEWER, s.id, version(s)));
            if (s.fate == Fate.REVOKED) {
                at(
                        day(letter, 60),
                        s,
                        "revoke",
                        () -> letters.revoke(REVIEWER, letterOf(s).id(), content.revokeReason()));
                return;
            }
            s.program
                    .agreementTemplate()
                    .ifPresent(template -> afterAward.afterLetter(
                            (at, what, action) -> at(at, s, what, action),
                            s.applicant.username(),
                            s.applicant.name(),
                            () -> s.id,
                            template,
                            letter,
                            s.afterLetter));
            if (s.applicant.kind() == OrganisationKind.ENTERPRISE
                    && eligibleLists.programs().stream().anyMatch(p -> p.code().equals(s.program.code()))) {
                planBank(s, letter);
            }
        }

        /**
         * A letter round of the program, taken to its end in this one step (as the batch job would, item by item):
         * the round's schedule, on real time, would otherwise find a round of the simulated past abandoned.
         */
        private void letterRound(String programCode) {
            long round = letterRounds.create(REVIEWER, programCode, false).id();
            for (Long applicationId : letterRounds.pending(round)) {
                letterRounds.issueItem(round, applicationId);
            }
            letterRounds.finishIfDone(round);
        }

        /** The first day on or after {@code day} the program is open, not after today; null if there is none. */
        private Instant openDay(ProgramDefinition program, Instant day) {
            Instant d = day;
            while (!d.isAfter(now)) {
                if (program.openOn(d.atZone(BEIJING).toLocalDate())
                        && program.openOn(
                                d.minus(Duration.ofDays(3)).atZone(BEIJING).toLocalDate())) {
                    return d;
                }
                d = d.plus(Duration.ofDays(1));
            }
            return null;
        }

        private Map<String, Object> half(Map<String, Object> form) {
            Map<String, Object> half = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, Object> e : form.entrySet()) {
                if (i++ % 2 == 0) {
                    half.put(e.getKey(), e.getValue());
                }
            }
            return half;
        }

        private long version(Story s) {
            return applications.numberedForReviewer(REVIEWER, s.id).rowVersion();
        }

        private void attachFiles(Story s) {
            for (FieldDefinition f : s.program.fields()) {
                if (f.type() == FieldType.FILE) {
                    attachments.upload(
                            s.applicant.username(),
                            s.id,
                            f.code(),
                            f.label().zh() + "（演示）.pdf",
                            new ByteArrayInputStream(samplePdf()));
                }
            }
        }

        private void propose(Story s) {
            decisions.propose(REVIEWER, s.id, version(s), null, null);
        }

        // ---- the expert panel ------------------------------------------------------------------------------

        private void planPanel(Story s, Instant sub) {
            List<String> panel = new ArrayList<>();
            boolean demoEnterprise = s.applicant.username().equals("demo.applicant");
            for (int i = 0; panel.size() < 5; i++) {
                String expert = EXPERTS.get((expertTurn + i) % EXPERTS.size());
                if (!(demoEnterprise && expert.equals(CONFLICTED_EXPERT)) && !panel.contains(expert)) {
                    panel.add(expert);
                }
            }
            expertTurn++;
            if (s.fate == Fate.EXPERT_WAITING && !panel.contains("demo.expert")) {
                panel.set(4, "demo.expert");
            }
            String lead = panel.get(0).equals("demo.expert") && panel.size() > 1 ? panel.get(1) : panel.get(0);
            at(day(sub, 5), s, "assign panel", () -> panels.assign(REVIEWER, s.id, version(s), panel, lead));
            int scoring = s.fate == Fate.EXPERT_REVIEW ? 3 : 5;
            for (int i = 0; i < panel.size(); i++) {
                String expert = panel.get(i);
                if (i >= scoring || (s.fate == Fate.EXPERT_WAITING && expert.equals("demo.expert"))) {
                    continue;
                }
                at(day(sub, 6 + i), s, "score by " + expert, () -> score(s, expert));
            }
        }

        private void score(Story s, String expert) {
            PanelAssignment assignment = assignmentOf(s, expert);
            panels.declare(expert, assignment.id(), false, null);
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (Map.Entry<String, ExpertRange> range :
                    panels.ranges(expert, assignment.id()).entrySet()) {
                ExpertRange.Band best = range.getValue().open().stream()
                        .max(Comparator.comparing(ExpertRange.Band::max))
                        .orElseThrow();
                BigDecimal points = best.max().subtract(BigDecimal.valueOf(random.nextInt(3)));
                scores.put(range.getKey(), points.max(best.min()));
            }
            panels.score(expert, assignment.id(), scores, content.expertComment());
        }

        private PanelAssignment assignmentOf(Story s, String expert) {
            return panels.mine(expert).stream()
                    .map(PanelService.Assigned::assignment)
                    .filter(a -> a.applicationId().equals(s.id))
                    .findFirst()
                    .orElseThrow(() -> new DomainException("panel.notFound"));
        }

        private void conclude(Story s) {
            try {
                panels.conclude(REVIEWER, s.id, version(s));
            } catch (DomainException e) {
                if (!"panel.consensusNeeded".equals(e.messageKey())) {
                    throw e;
                }
                PanelAssignment lead = panels.panel(REVIEWER, s.id).stream()
                        .filter(PanelAssignment::lead)
                        .findFirst()
                        .orElseThrow();
                panels.consensus(lead.expert(), lead.id(), content.consensusNote());
                panels.conclude(REVIEWER, s.id, version(s));
            }
        }

        // ---- the bank --------------------------------------------------------------------------------------

        private Letter letterOf(Story s) {
            return letters.lettersOf(s.applicant.username(), s.id).stream()
                    .filter(l -> !l.revoked())
                    .findFirst()
                    .orElseThrow(() -> new DomainException("letter.notFound"));
        }

        /** The enterprise authorises the demo bank, which checks it before the loan and every month after. */
        private void planBank(Story s, Instant letter) {
            Instant consent = day(letter, 3);
            at(consent, s, "consent", () -> {
                if (consents.of(s.applicant.organisationId()).isEmpty()) {
                    consents.grant(
                            s.applicant.organisationId(),
                            bankId(),
                            consent.atZone(BEIJING).toLocalDate().plusMonths(12),
                            s.applicant.username());
                }
            });
            // the bank asks before lending once the enterprise is on a published list (the day after it), so that
            // the answer is ELIGIBLE and the pool covers the loan; with no list after the letter, it asks anyway
            Instant asked = day(consent, 2);
            LocalDate today = now.atZone(BEIJING).toLocalDate();
            for (int daysAgo : LISTS_DAYS_AGO) {
                Instant afterList =
                        day(today.minusDays(daysAgo - 1L).atStartOfDay(BEIJING).toInstant(), 0);
                if (!consent.isAfter(afterList)) {
                    asked = afterList;
                    break;
                }
            }
            at(asked, s, "pre-loan query", () -> query(s, QueryPurpose.PRE_LOAN, QueryChannel.API));
            Instant granted = day(asked, 7);
            LocalDate grantedOn = granted.atZone(BEIJING).toLocalDate();
            BigDecimal amount = s.form.get("loanRequested") instanceof BigDecimal b ? b : new BigDecimal("3000000");
            at(granted, s, "loan report", () -> {
                Letter l = letterOf(s);
                s.loanId = loanReports
                        .report(
                                caller(QueryChannel.API),
                                new LoanReportService.Request(
                                        l.verificationCode(),
                                        em.find(Organisation.class, s.applicant.organisationId())
                                                .creditCode()
                                                .value(),
                                        amount,
                                        12,
                                        grantedOn),
                                "demo-loan-" + l.id())
                        .report()
                        .id();
            });
            // the year's one bad loan: the first granted early enough for its default and claim to have happened by
            // now, within the shipped pool's cap per loan (1 000 万元) so that the pool covers it and it can be claimed
            boolean goesBad = !badLoanPlanned
                    && amount.compareTo(new BigDecimal("10000000")) <= 0
                    && grantedOn.plusDays(210).isBefore(now.atZone(BEIJING).toLocalDate());
            badLoanPlanned |= goesBad;
            loans.afterReport(
                    (at, what, action) -> at(at, s, what, action),
                    () -> caller(QueryChannel.API),
                    () -> s.loanId,
                    grantedOn,
                    amount,
                    now,
                    goesBad);
            for (Instant month = day(granted, 30); month.isBefore(now); month = day(month, 30)) {
                at(month, s, "post-loan query", () -> query(s, QueryPurpose.POST_LOAN, QueryChannel.API));
            }
            at(day(granted, 1), s, "officer's query", () -> query(s, QueryPurpose.LETTER_CHECK, QueryChannel.WEB));
        }

        private Long bankIdCache;

        private boolean badLoanPlanned;

        private long bankId() {
            if (bankIdCache == null) {
                bankIdCache = accounts.findByUsername(BANK_OFFICER)
                        .orElseThrow()
                        .organisation()
                        .id();
            }
            return bankIdCache;
        }

        private Caller caller(QueryChannel channel) {
            return channel == QueryChannel.API
                    ? new Caller(bankId(), BANK_CLIENT, QueryChannel.API, 600)
                    : new Caller(bankId(), BANK_OFFICER, QueryChannel.WEB, Caller.OFFICER_PER_MINUTE);
        }

        private void query(Story s, QueryPurpose purpose, QueryChannel channel) {
            String code = em.find(Organisation.class, s.applicant.organisationId())
                    .creditCode()
                    .value();
            try {
                eligibility
                        .eligibility(caller(channel), code, purpose)
                        .toCompletableFuture()
                        .join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** A one-page PDF the uploads carry: the attachment checks read it as a real PDF. */
    static byte[] samplePdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle("Demo attachment");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
