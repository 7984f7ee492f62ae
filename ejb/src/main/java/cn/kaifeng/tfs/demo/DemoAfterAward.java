package cn.kaifeng.tfs.demo;

import cn.kaifeng.tfs.acceptance.domain.AcceptanceAssignment;
import cn.kaifeng.tfs.acceptance.service.AcceptanceConclusionService;
import cn.kaifeng.tfs.acceptance.service.AcceptancePanelService;
import cn.kaifeng.tfs.acceptance.service.AcceptanceService;
import cn.kaifeng.tfs.agreement.service.AgreementService;
import cn.kaifeng.tfs.monitoring.domain.MidtermCheck;
import cn.kaifeng.tfs.monitoring.domain.MidtermResult;
import cn.kaifeng.tfs.monitoring.domain.ProgressReport;
import cn.kaifeng.tfs.monitoring.service.MidtermService;
import cn.kaifeng.tfs.monitoring.service.MonitoringService;
import cn.kaifeng.tfs.payment.domain.PaymentRequest;
import cn.kaifeng.tfs.payment.domain.PaymentStatus;
import cn.kaifeng.tfs.payment.domain.ReturnFile;
import cn.kaifeng.tfs.payment.service.PayeeAccountService;
import cn.kaifeng.tfs.payment.service.PaymentFileService;
import cn.kaifeng.tfs.payment.service.PaymentService;
import cn.kaifeng.tfs.program.domain.AgreementTemplate;
import cn.kaifeng.tfs.recovery.domain.RecoveryOrder;
import cn.kaifeng.tfs.recovery.domain.RecoveryReason;
import cn.kaifeng.tfs.recovery.service.RecoveryService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The demo year's awards after their letters (issue 28): agreements whose targets wait for the applicant or the
 * bureau, agreements signed with their first tranche waiting for approval or paid through the treasury's files, a
 * breach whose recovery order is being paid off, and one left unpaid past its due date that became a 失信 record.
 * Each award of a program with an agreement takes the next of these stages in turn, through the services the pages
 * call, on the simulated days the year gives them.
 */
@ApplicationScoped
public class DemoAfterAward {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** The bureau's finance officers in the demo: the reviewer never gives the finance approval of what it reviewed. */
    static final String FINANCE = "demo.reviewer2";

    static final String SECOND_FINANCE = "demo.finance";

    /** Where an award's story after its letter ends. */
    enum Stage {
        /** Signed, its first tranche paid by the treasury. */
        PAID,
        /** The applicant proposed the targets; the bureau's agreements page lists it. */
        TARGETS_PROPOSED,
        /** Paid, then a breach: a recovery order, partly paid back, due in some weeks. */
        RECOVERING,
        /** Signed and accepted: the first tranche waits in the bureau's payment queue. */
        PAYMENT_REQUESTED,
        /** Paid, then a breach whose order was left unpaid past its due date: a 失信 record. */
        CREDIT_RECORDED,
        /** Drafted with the letter: the applicant has not proposed its targets yet. */
        DRAFTED,
        /**
         * Paid, then accepted (验收) by a panel of three: passed, its evaluation kept, the last tranche requested.
         * Only for a program without a mid-term check (the check comes first); given, never taken in turn.
         */
        ACCEPTED,
        /** Paid, its acceptance with a panel of three of whom demo.expert has still to score; given, never in turn. */
        ACCEPTANCE_PANEL;

        /** The stages the awards take in turn. */
        static final List<Stage> IN_TURN =
                List.of(PAID, TARGETS_PROPOSED, RECOVERING, PAYMENT_REQUESTED, CREDIT_RECORDED, DRAFTED);
    }

    /** How the year schedules a step of the story of one application (a refused step ends that story). */
    @FunctionalInterface
    interface Steps {
        void at(Instant when, String what, Runnable action);
    }

    @Inject
    private Clock clock;

    @Inject
    private AgreementService agreements;

    @Inject
    private PaymentService payments;

    @Inject
    private PaymentFileService paymentFiles;

    @Inject
    private PayeeAccountService payees;

    @Inject
    private RecoveryService recoveries;

    @Inject
    private AcceptanceService acceptances;

    @Inject
    private AcceptancePanelService panels;

    @Inject
    private AcceptanceConclusionService conclusions;

    @Inject
    private MonitoringService monitoring;

    @Inject
    private MidtermService midterms;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    /** One run of the year: hands out the stages in turn. */
    Plan plan(Instant now) {
        return new Plan(now);
    }

    final class Plan {

        private final Instant now;
        private int turn;
        private int midtermTurn;

        private Plan(Instant now) {
            this.now = now;
        }

        /**
         * Plans what follows the letter of an award under an agreement template, issued at {@code letter}: the next
         * stage in turn, or {@code wanted} when given. A stage with a breach needs its payment well before today,
         * or it is paid only.
         */
        void afterLetter(
                Steps steps,
                String applicant,
                String holder,
                LongSupplier applicationId,
                AgreementTemplate template,
                Instant letter,
                Stage wanted) {
            Stage stage = wanted != null ? wanted : Stage.IN_TURN.get(turn++ % Stage.IN_TURN.size());
            if (stage == Stage.DRAFTED) {
                return;
            }
            steps.at(
                    plus(letter, 3),
                    "propose targets",
                    () -> agreements.proposeTargets(applicant, applicationId.getAsLong(), targets(template)));
            if (stage == Stage.TARGETS_PROPOSED) {
                return;
            }
            steps.at(
                    plus(letter, 5),
                    "accept targets",
                    () -> agreements.acceptTargets(DemoYear.REVIEWER, applicationId.getAsLong()));
            steps.at(plus(letter, 6), "payee account", () -> payeeAccount(applicant, holder));
            steps.at(
                    plus(letter, 7), "accept agreement", () -> agreements.accept(applicant, applicationId.getAsLong()));
            if (stage == Stage.PAYMENT_REQUESTED) {
                return;
            }
            steps.at(
                    plus(letter, 8),
                    "review payment",
                    () -> firstTranche(
                            applicationId.getAsLong(),
                            r -> payments.review(DemoYear.REVIEWER, r.id(), r.rowVersion())));
            steps.at(
                    plus(letter, 9),
                    "approve payment",
                    () -> firstTranche(applicationId.getAsLong(), r -> {
                        PaymentRequest approved = payments.approve(FINANCE, r.id(), r.rowVersion());
                        if (approved.status() != PaymentStatus.APPROVED) {
                            payments.approve(SECOND_FINANCE, approved.id(), approved.rowVersion());
                        }
                        return approved;
                    }));
            steps.at(plus(letter, 10), "payment file", () -> paymentFiles.generate(FINANCE));
            steps.at(plus(letter, 12), "return file", () -> returnFile(applicationId.getAsLong()));
            Instant breach = day(-50);
            boolean room = plus(letter, 12).isBefore(day(-60));
            boolean acceptance = stage == Stage.ACCEPTED || stage == Stage.ACCEPTANCE_PANEL;
            if (stage == Stage.PAID && room && template.reporting().hasMidterm()) {
                monitor(steps, applicant, applicationId, template, plus(letter, 20), midtermTurn++ % 2 == 0);
            } else if (acceptance && room && !template.reporting().hasMidterm()) {
                accept(steps, applicant, applicationId, template, plus(letter, 40), stage == Stage.ACCEPTED);
            } else if (stage == Stage.RECOVERING && room) {
                Instant opened = day(-20);
                steps.at(opened, "open recovery", () -> open(applicationId.getAsLong(), "0.2", opened, 45));
                steps.at(day(-5), "recovery payment", () -> payPart(applicationId.getAsLong()));
            } else if (stage == Stage.CREDIT_RECORDED && room) {
                steps.at(breach, "open recovery", () -> open(applicationId.getAsLong(), "0.3", breach, 30));
                // the last step of the year: from then on the organisation's new applications are refused at the
                // gate, which would stop its stories still to be taken
                steps.at(
                        now,
                        "失信 record",
                        () -> recoveries.recordCredit(
                                DemoYear.REVIEWER,
                                orderOf(applicationId.getAsLong()).id(),
                                CREDIT_REASON));
            }
        }

        /**
         * The applicant asks for acceptance with its targets exceeded; the reviewer opens it and assigns a panel;
         * the experts declare no conflict and score 90 on every indicator; the reviewer concludes (通过) when every
         * expert has scored, or leaves demo.expert's assignment waiting.
         */
        private void accept(
                Steps steps,
                String applicant,
                LongSupplier applicationId,
                AgreementTemplate template,
                Instant from,
                boolean conclude) {
            List<String> panel = conclude
                    ? List.of("demo.expert2", "demo.expert3", "demo.expert4")
                    : List.of("demo.expert", "demo.expert2", "demo.expert3");
            List<AcceptanceAssignment> assigned = new ArrayList<>();
            steps.at(
                    from,
                    "ask for acceptance",
                    () -> acceptances.request(
                            applicant,
                            applicationId.getAsLong(),
                            achieved(template),
                            ACCEPTANCE_SUMMARY,
                            // the 验收材料 the panel reads: the demo's sample PDF, checked by content like any upload
                            List.of(new cn.kaifeng.tfs.monitoring.service.MonitoringService.Upload(
                                    "项目验收报告（演示）.pdf", new java.io.ByteArrayInputStream(DemoYear.samplePdf())))));
            steps.at(plus(from, 2), "open acceptance", () -> {
                acceptances.open(DemoYear.REVIEWER, applicationId.getAsLong());
                assigned.addAll(panels.assign(DemoYear.REVIEWER, applicationId.getAsLong(), panel));
            });
            steps.at(plus(from, 6), "acceptance scores", () -> {
                for (AcceptanceAssignment a : assigned) {
                    if (!conclude && a.expert().equals("demo.expert")) {
                        continue;
                    }
                    panels.declare(a.expert(), a.id(), false, null);
                    Map<String, BigDecimal> scores = new LinkedHashMap<>();
                    template.indicators().forEach(i -> scores.put(i.code(), BigDecimal.valueOf(90)));
                    panels.score(a.expert(), a.id(), scores, "指标均已完成，资料齐全（演示）。");
                }
            });
            if (conclude) {
                steps.at(plus(from, 8), "conclude acceptance", () -> {
                    long id = applicationId.getAsLong();
                    conclusions.conclude(
                            DemoYear.REVIEWER,
                            id,
                            acceptances.forReviewer(DemoYear.REVIEWER, id).rowVersion());
                });
            }
        }

        /**
         * The first progress report (进度报告), submitted ahead of its due date; with {@code checked} the reviewer
         * accepts it and records a mid-term check (中期检查) with a site visit that passes, so the mid-term tranche is
         * requested; without, the report waits for the reviewer.
         */
        private void monitor(
                Steps steps,
                String applicant,
                LongSupplier applicationId,
                AgreementTemplate template,
                Instant from,
                boolean checked) {
            List<ProgressReport> submitted = new ArrayList<>();
            steps.at(
                    from,
                    "progress report",
                    () -> submitted.add(monitoring.submit(
                            applicant,
                            applicationId.getAsLong(),
                            1,
                            new ProgressReport.Contents(REPORT_SUMMARY, reached(template), Money.ofYuan(86_500)),
                            List.of())));
            if (!checked) {
                return;
            }
            steps.at(
                    plus(from, 4),
                    "accept report",
                    () -> monitoring.accept(DemoYear.REVIEWER, submitted.get(0).id()));
            Instant visit = plus(from, 9);
            steps.at(
                    plus(from, 10),
                    "mid-term check",
                    () -> midterms.recordMidterm(
                            DemoYear.REVIEWER,
                            applicationId.getAsLong(),
                            new MidtermCheck.Visit(
                                    LocalDate.ofInstant(visit, BEIJING),
                                    "项目单位研发及生产现场（演示）",
                                    "市财政局 赵示例；项目负责人及财务负责人",
                                    "样机已完成并投入试用，资金使用台账完整，与任务书进度相符（演示）。"),
                            new MidtermCheck.Conclusion(MidtermResult.PASSED, null, null)));
        }

        private Instant day(int days) {
            return now.plus(Duration.ofDays(days));
        }
    }

    private static final String BREACH_REASON = "经中期核查，项目单位未按任务书约定将扶持资金用于约定用途，部分资金用于偿还其他借款（演示）。";

    private static final String CREDIT_REASON = "追回单逾期未缴回，经催告仍未缴回，按项目规定记入失信记录（演示）。";

    private static final String REPORT_SUMMARY = "已完成关键技术攻关和样机研制，开展中试验证；资金按任务书预算使用，无调整（演示）。";

    /** What the first report says reached: half of each target proposed. */
    private static Map<String, BigDecimal> reached(AgreementTemplate template) {
        Map<String, BigDecimal> reached = new LinkedHashMap<>();
        targets(template)
                .forEach((code, target) ->
                        reached.put(code, target.divide(BigDecimal.valueOf(2), 1, java.math.RoundingMode.HALF_UP)));
        return reached;
    }

    private static final String ACCEPTANCE_SUMMARY = "项目已按任务书完成建设内容，各项绩效目标均已达到或超过，经费使用符合规定（演示）。";

    /** What the applicant reports achieved: a tenth better than the targets it proposed. */
    private static Map<String, BigDecimal> achieved(AgreementTemplate template) {
        Map<String, BigDecimal> achieved = new LinkedHashMap<>();
        targets(template)
                .forEach((code, target) -> achieved.put(
                        code,
                        target.multiply(new BigDecimal(
                                        template.indicators().stream()
                                                        .filter(i -> i.code().equals(code))
                                                        .findFirst()
                                                        .orElseThrow()
                                                        .higherIsBetter()
                                                ? "1.1"
                                                : "0.9"))
                                .setScale(1, java.math.RoundingMode.HALF_UP)));
        return achieved;
    }

    private static Instant plus(Instant from, int days) {
        return from.plus(Duration.ofDays(days));
    }

    /** Targets the applicant proposes: a round figure for each indicator, lower for those where lower is better. */
    private static Map<String, BigDecimal> targets(AgreementTemplate template) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        int n = 0;
        for (AgreementTemplate.IndicatorTemplate indicator : template.indicators()) {
            n++;
            targets.put(indicator.code(), BigDecimal.valueOf(indicator.higherIsBetter() ? 10L * n + 5 : 2));
        }
        return targets;
    }

    /** The applicant's bank account for payments, once: a fictional number of the demo's own bank. */
    void payeeAccount(String applicant, String holder) {
        if (payees.mine(applicant).isPresent()) {
            return;
        }
        String digits = String.format("6222%015d", Math.floorMod(applicant.hashCode(), 1_000_000_000_000_000L));
        payees.save(applicant, holder, "示例银行开封分行（演示）", digits);
    }

    private interface Move {
        PaymentRequest apply(PaymentRequest request);
    }

    private void firstTranche(long applicationId, Move move) {
        PaymentRequest request = em.createQuery(
                        "SELECT p FROM PaymentRequest p WHERE p.applicationId = :app ORDER BY p.trancheNo",
                        PaymentRequest.class)
                .setParameter("app", applicationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("payment.notFound"));
        move.apply(request);
    }

    /** The treasury's answer for the award's payments in a file: paid, with the treasury's reference. */
    private void returnFile(long applicationId) {
        List<PaymentRequest> filed = em.createQuery(
                        "SELECT p FROM PaymentRequest p WHERE p.applicationId = :app AND p.status = :s ORDER BY p.id",
                        PaymentRequest.class)
                .setParameter("app", applicationId)
                .setParameter("s", PaymentStatus.IN_FILE)
                .getResultList();
        StringBuilder csv = new StringBuilder(ReturnFile.HEADER).append('\n');
        for (PaymentRequest p : filed) {
            csv.append(p.id())
                    .append(',')
                    .append(p.amount().yuan().toPlainString())
                    .append(",PAID,GK")
                    .append(LocalDate.now(clock.withZone(BEIJING)).toString().replace("-", ""))
                    .append(String.format("%06d", p.id()))
                    .append(",\n");
        }
        PaymentFileService.ImportOutcome outcome =
                paymentFiles.importReturn(FINANCE, csv.toString().getBytes(StandardCharsets.UTF_8));
        if (!outcome.imported()) {
            throw new DomainException(outcome.problems().get(0).key());
        }
    }

    /** A breach found: a recovery order for a share of what was paid, due {@code dueDays} after it is opened. */
    private void open(long applicationId, String share, Instant opened, int dueDays) {
        Money paid = recoveries.recoverable(DemoYear.REVIEWER, applicationId).recoverable();
        recoveries.open(
                DemoYear.REVIEWER,
                applicationId,
                paid.times(new BigDecimal(share)),
                RecoveryReason.BREACH,
                BREACH_REASON,
                LocalDate.ofInstant(opened, BEIJING).plusDays(dueDays));
    }

    /** A first payment on the order: a third of what it claims. */
    private void payPart(long applicationId) {
        RecoveryOrder order = orderOf(applicationId);
        recoveries.pay(
                DemoYear.REVIEWER,
                order.id(),
                order.principal().times(new BigDecimal("0.33")),
                LocalDate.now(clock.withZone(BEIJING)));
    }

    private RecoveryOrder orderOf(long applicationId) {
        return em.createQuery(
                        "SELECT o FROM RecoveryOrder o WHERE o.applicationId = :app ORDER BY o.id DESC",
                        RecoveryOrder.class)
                .setParameter("app", applicationId)
                .setMaxResults(1)
                .getSingleResult();
    }
}
