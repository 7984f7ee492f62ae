package cn.kaifeng.tfs.it.hostile;

import cn.kaifeng.tfs.it.Agreements;
import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.Experts;
import cn.kaifeng.tfs.it.Reviewers;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.hostile.FormProbe.Mode;
import cn.kaifeng.tfs.it.hostile.FormProbe.Target;
import cn.kaifeng.tfs.testkit.WebClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms that only appear as a case moves on, for {@link HostileFormsIT}: each stage sets its case up when it is
 * reached and returns the form to probe there.
 */
final class CaseStages {

    private CaseStages() {}

    /** One strong credit application taken through review: the reviewer's forms, then the public notice's. */
    static final class Decision {
        private final WebClient reviewer = Applicants.as("demo.reviewer");
        private long id;
        private String path;

        Target inFormalReview() {
            WebClient applicant = Applicants.newEnterprise(
                    TestData.username("hostile"), "敌对输入审核企业" + TestData.username("d"), TestData.creditCode());
            String number = Applicants.submitted(applicant, "KF-XD-CREDIT", Applicants.strongCredit());
            id = Reviewers.idOf(applicant, number);
            path = "/reviewer/application.xhtml?id=" + id;
            Reviewers.step(reviewer, path, "start-review", Map.of());
            return review("review (return)", "return", Map.of("reason", "材料不全，请补充。"));
        }

        Target concluded() {
            Reviewers.step(reviewer, path, "pass", Map.of());
            return review(
                    "review (propose)",
                    "propose",
                    Map.of("amount_input", "1500000", "amount_hinput", "1500000", "amount-reason", "按实际贷款额核定"));
        }

        Target onNotice() {
            Reviewers.step(
                    reviewer,
                    path,
                    "propose",
                    Map.of("review:amount_hinput", "1500000", "review:amount-reason", "按实际贷款额核定"));
            String notice = "/public/notice.xhtml";
            return new Target(
                    "objection",
                    () -> new WebClient(Deployments.baseUrl()),
                    notice,
                    "notice",
                    "object",
                    Mode.ENTRY,
                    c -> c.get(notice).body(),
                    () -> Map.of(
                            "application_input", String.valueOf(id),
                            "reason", "该企业去年存在欠薪情况。",
                            "contact", "13800000000"),
                    true);
        }

        private Target review(String name, String button, Map<String, String> fills) {
            String at = path;
            return new Target(
                    name,
                    () -> reviewer,
                    at,
                    "review",
                    button,
                    Mode.ENTRY,
                    c -> c.get(at).body(),
                    () -> fills,
                    true);
        }
    }

    /** A talent application before an expert panel: the lead expert's declaration, score and consensus forms. */
    static final class Panel {
        private static final List<String> OTHERS =
                List.of("demo.expert2", "demo.expert3", "demo.expert4", "demo.expert5", "demo.expert6");
        private final WebClient lead = Applicants.as("demo.expert");
        private String number;
        private String path;

        Target toDeclare() {
            WebClient applicant = Applicants.newEnterprise(
                    TestData.username("hostile"), "敌对输入评审企业" + TestData.username("p"), TestData.creditCode());
            number = Applicants.submitted(applicant, "KF-RC-TALENT", Experts.strongTalent());
            String review = Reviewers.pathOf(applicant, number);
            WebClient reviewer = Applicants.as("demo.reviewer");
            Reviewers.step(reviewer, review, "start-review", Map.of());
            Reviewers.step(reviewer, review, "pass", Map.of());
            String panelPage = reviewer.get(review).body();
            Map<String, String> assign = new LinkedHashMap<>();
            Matcher pick = Pattern.compile("name=\"review:(candidate:\\d+:pick_input)\"")
                    .matcher(panelPage);
            while (pick.find()) {
                assign.put(pick.group(1), "on");
            }
            assign.put("lead_input", "demo.expert");
            Reviewers.step(reviewer, review, "assign", assign);
            path = Experts.assignmentPath(lead, number);
            return expert("declaration", "declare", "submit", Map.of("conflict", "false", "note", "无利益冲突。"));
        }

        Target toScore() {
            Experts.declareNoConflict(lead, path);
            return expert(
                    "score",
                    "score",
                    "submit",
                    Map.of("criteria:0:points_input", "25", "criteria:0:points_hinput", "25", "comment", "评审意见"));
        }

        /** Everyone scores, far apart (12 against the rest), so the lead records how the panel agreed. */
        Target toAgree() {
            Experts.score(lead, path, "25", "评审意见");
            List<String> points = List.of("26", "27", "24", "12", "25");
            for (int i = 0; i < OTHERS.size(); i++) {
                WebClient expert = Applicants.as(OTHERS.get(i));
                if (expert.get("/expert/home.xhtml").body().contains(number)) {
                    String own = Experts.assignmentPath(expert, number);
                    Experts.declareNoConflict(expert, own);
                    Experts.score(expert, own, points.get(i), "评审意见");
                }
            }
            return expert("consensus", "consensus", "save", Map.of("note", "经合议，采用去掉最高分和最低分后的平均分。"));
        }

        private Target expert(String name, String form, String button, Map<String, String> fills) {
            String at = path;
            return new Target(
                    name,
                    () -> lead,
                    at,
                    form,
                    button,
                    Mode.ENTRY,
                    c -> c.get(at).body(),
                    () -> fills,
                    true);
        }
    }

    /** An approved leasing subsidy with its letter: the applicant's targets form, then the reviewer's. */
    static final class Agreement {
        private final WebClient applicant = Applicants.newEnterprise(
                TestData.username("hostile"), "敌对输入任务书企业" + TestData.username("a"), TestData.creditCode());
        private String path;
        private String reviewPath;

        Target toPropose() {
            String number = Agreements.approvedWithLetter(applicant, Applicants.as("demo.reviewer"));
            path = Applicants.pathOf(applicant, number);
            reviewPath = "/reviewer/agreement.xhtml?id=" + Reviewers.idOf(applicant, number);
            String at = path;
            return new Target(
                    "agreement targets",
                    () -> applicant,
                    at,
                    "agreement",
                    "propose",
                    Mode.ENTRY,
                    c -> c.get(at).body(),
                    () -> Agreements.targets("3", "50", "90"),
                    true);
        }

        Target toReview() {
            applicant.get(path);
            applicant.submit(path, "agreement", "propose", Agreements.targets("3", "50", "90"));
            WebClient reviewer = Applicants.as("demo.reviewer");
            String at = reviewPath;
            return new Target(
                    "agreement return",
                    () -> reviewer,
                    at,
                    "agreement-review",
                    "return-targets",
                    Mode.ENTRY,
                    c -> c.get(at).body(),
                    () -> Map.of("return-reason", "满意度目标偏低。"),
                    true);
        }
    }

    /**
     * The form that opens a recovery order, on a submitted application nothing was paid to: whatever it is sent,
     * there is nothing to recover, so only what must be refused is sent and every valid amount is refused too.
     */
    static Target recoveryOrder() {
        WebClient team = Applicants.newTeam(TestData.username("hostile"), "敌对输入追回团队" + TestData.username("r"));
        String number = Applicants.submitted(team, "KF-RC-TEAM");
        String path = "/reviewer/recovery-order.xhtml?application=" + Reviewers.idOf(team, number);
        WebClient reviewer = Applicants.as("demo.reviewer");
        return new Target(
                "recovery order",
                () -> reviewer,
                path,
                "open",
                "open-order",
                Mode.ENTRY,
                c -> c.get(path).body(),
                () -> Map.of(
                        "amount_input", "1000",
                        "amount_hinput", "1000",
                        "reason_input", "BREACH",
                        "reason-text", "未按任务书开展项目",
                        "due_input", "2026-12-31"),
                true);
    }
}
