package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Applicants;
import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.it.TestData;
import cn.kaifeng.tfs.it.Verifications;
import cn.kaifeng.tfs.it.hostile.FormProbe.Field;
import cn.kaifeng.tfs.it.hostile.FormProbe.Mode;
import cn.kaifeng.tfs.it.hostile.FormProbe.Target;
import cn.kaifeng.tfs.it.hostile.Payloads.Payload;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input through every form of the web module: each field the served page offers gets the payloads of its
 * kind (overlong, control characters, right-to-left marks, SQL, EL and script fragments, invalid codes, wrong
 * types, negative and huge numbers, impossible dates, values that were never offered). The answer is never a 500,
 * a stack trace, reflected markup or an evaluated expression; what must be refused is refused with a message; and a
 * form that edits saved data shows exactly the same data afterwards, unless the payload was harmless text kept as
 * typed. Every form with input in the sources must be probed here or excluded with a reason, so a new form is not
 * missed.
 */
@ExtendWith(ArquillianExtension.class)
class HostileFormsIT {

    /** Forms with input that are not probed here, and why. */
    private static final Map<String, String> EXCLUDED = Map.ofEntries(
            Map.entry(
                    "/admin/programs.xhtml#import",
                    "a file only: definitions are checked line by line (DefinitionProblemsTest)"),
            Map.entry("/admin/programs.xhtml#dry-run-form", "a file only, read as a definition and never stored"),
            Map.entry(
                    "/admin/policies.xhtml#import",
                    "a file only: documents are checked line by line (PolicyDocumentsTest, PolicyDocumentIT)"),
            Map.entry("/public/verify.xhtml#verify-file", "a file only: LetterIT sends altered and foreign PDFs"),
            Map.entry(
                    "/applicant/organisation.xhtml#documents",
                    "files only: VerificationIT sends executables and PDFs with scripts"),
            Map.entry("/bank/home.xhtml#verify-file", "a file only: BankBrowserIT and LetterIT send altered PDFs"),
            Map.entry(
                    "/bank/loans.xhtml#upload",
                    "a file only: each line is checked as through the API (RiskPoolCsvTest, RiskPoolApiIT, RiskPoolBrowserIT)"),
            Map.entry(
                    "/WEB-INF/includes/review/submitted.xhtml#values",
                    "read-only: the submitted values, shown with disabled fields"),
            Map.entry("/expert/assignment.xhtml#values", "read-only: the submitted values, shown with disabled fields"),
            Map.entry(
                    "/reviewer/recovery-order.xhtml#payment",
                    "shown only on a recovery order, which needs money paid to an award: only the payments (issue 28 item 2)"
                            + " will pay, and this test has no probe to pay through the ledger; RecoveryIT does, and sends"
                            + " amounts above what is owed, blank reasons and a lifting without one"),
            Map.entry(
                    "/reviewer/recovery-order.xhtml#credit",
                    "shown only on a recovery order, which needs money paid to an award: only the payments (issue 28 item 2)"
                            + " will pay, and this test has no probe to pay through the ledger; RecoveryIT does, and sends"
                            + " amounts above what is owed, blank reasons and a lifting without one"),
            Map.entry(
                    "/reviewer/credit-records.xhtml#lift",
                    "shown only while a 失信 record is in force, after a recovery order, which needs money paid to an award: only the payments (issue 28 item 2)"
                            + " will pay, and this test has no probe to pay through the ledger; RecoveryIT does, and sends"
                            + " amounts above what is owed, blank reasons and a lifting without one"),
            Map.entry(
                    "/WEB-INF/includes/application-acceptance.xhtml#acceptance",
                    "probed by HostileAcceptanceFormsIT, as an acceptance moves on"),
            Map.entry("/reviewer/acceptance.xhtml#assign", "probed by HostileAcceptanceFormsIT"),
            Map.entry(
                    "/reviewer/acceptance.xhtml#lapse",
                    "shown only once a 限期整改's deadline has passed without a second request, which takes a panel"
                            + " and the deadline moved through a probe: AcceptanceIT sends a blank and an overlong"
                            + " reason there, AcceptanceLifeTest bounds it in the domain"),
            Map.entry("/expert/acceptance.xhtml#declare", "probed by HostileAcceptanceFormsIT"),
            Map.entry("/expert/acceptance.xhtml#score", "probed by HostileAcceptanceFormsIT"),
            Map.entry(
                    "/reviewer/claim.xhtml#decide",
                    "shown only on a pool claim waiting for a decision, which needs a defaulted covered loan:"
                            + " RiskPoolClaimIT sends a blank rejection reason and the first reviewer's own"
                            + " confirmation, RiskPoolClaimTest bounds the reason in the domain"),
            Map.entry(
                    "/reviewer/letters.xhtml#rounds",
                    "shown only while approved applications await letters, after a notice period; its one field is a"
                            + " choice among those programs (LetterRoundIT starts rounds)"));

    private static final Pattern FORM = Pattern.compile("<h:form id=\"([^\"]+)\"(.*?)</h:form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile(
            "<p:(inputText|inputTextarea|inputNumber|datePicker|selectOneMenu|selectManyCheckbox|password|"
                    + "selectOneRadio|selectBooleanCheckbox|fileUpload)\\b");

    /** The test-only servlet that ends a public notice now, as BankApiIT deploys it. */
    @Deployment(name = "notice-probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "notice-probe.war")
                .addClasses(
                        cn.kaifeng.tfs.it.persistence.Probe.class,
                        cn.kaifeng.tfs.it.persistence.NoticeClock.class,
                        cn.kaifeng.tfs.it.persistence.BankProbe.class,
                        Deployments.class)
                .addAsResource(
                        new java.io.File("target/test-classes/persistence-probe/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(org.jboss.shrinkwrap.api.asset.EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    void everyFieldOfEveryFormAnswersHostileInputWithAMessageAndLosesNothing() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> probed = new TreeSet<>();
        int cases = 0;
        int fields = 0;
        List<Supplier<Target>> stages = stages();
        for (int stage = 0; stage < stages.size(); stage++) {
            Supplier<Target> next = stages.get(stage);
            Target target;
            try {
                target = next.get();
            } catch (AssertionError e) { // a case that cannot move on: a form before it accepted what it must not
                wrong.add("stage " + stage + ": a case could not move on: " + e.getMessage());
                continue;
            }
            probed.add(target.path().replaceAll("\\?.*", "") + "#" + target.formId());
            List<Field> found =
                    FormProbe.fields(target.open().apply(target.client().get()), target.formId());
            assertTrue(!found.isEmpty(), target.name() + ": no fields found");
            fields += found.size();
            for (Field field : found) {
                for (Payload payload : Payloads.forField(field.kind(), field.maxLength())) {
                    if (!target.sends(payload)) {
                        continue;
                    }
                    cases++;
                    String problem = FormProbe.probe(target, field, payload);
                    if (problem != null) {
                        wrong.add(target.name() + " " + field.name() + " (" + field.kind() + ") ← " + payload + ": "
                                + problem);
                    }
                }
            }
        }
        System.out.printf(
                "hostile input through forms: %d forms, %d fields, %d cases, %d wrong%n",
                probed.size(), fields, cases, wrong.size());
        List<String> missing = new ArrayList<>();
        for (String form : formsWithInputInSources()) {
            // monitoring's forms are probed in a class of their own (this one is long)
            if (!probed.contains(form) && !EXCLUDED.containsKey(form) && !HostileMonitoringIT.FORMS.contains(form)) {
                missing.add(form);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases + " cases wrong:\n" + String.join("\n", wrong));
        assertTrue(missing.isEmpty(), "forms with input that nobody probes: " + missing);
        assertTrue(cases >= 800, "cases: " + cases);
    }

    /**
     * The forms in the order they are probed; a case's forms come one after another as the case moves on (the
     * reviewer's before the public notice, the expert's declaration before scoring), so each is set up when reached.
     */
    private static List<Supplier<Target>> stages() {
        List<Supplier<Target>> all = new ArrayList<>();
        targets().forEach(t -> all.add(() -> t));
        CaseStages.Decision decision = new CaseStages.Decision();
        all.add(decision::inFormalReview);
        all.add(decision::concluded);
        all.add(decision::onNotice);
        CaseStages.Panel panel = new CaseStages.Panel();
        all.add(panel::toDeclare);
        all.add(panel::toScore);
        all.add(panel::toAgree);
        CaseStages.Agreement agreement = new CaseStages.Agreement();
        all.add(agreement::toPropose);
        all.add(agreement::toReview);
        all.add(CaseStages::recoveryOrder);
        return all;
    }

    private static List<Target> targets() {
        List<Target> all = new ArrayList<>();
        Supplier<WebClient> anonymous = () -> new WebClient(Deployments.baseUrl());
        all.add(entry(
                "register",
                anonymous,
                "/register.xhtml",
                "register",
                "submit",
                () -> Map.of(
                        "organisationKind", "ENTERPRISE",
                        "organisationName", "敌对输入测试企业" + TestData.username("n"),
                        "creditCode", TestData.creditCode(),
                        "legalRepresentative", "张示例",
                        "displayName", "测试联系人",
                        "username", TestData.username("hostile"),
                        "password", "Kaifeng#XR2026",
                        "passwordRepeat", "Kaifeng#XR2026")));
        all.add(entry(
                "login",
                anonymous,
                "/login.xhtml",
                "login",
                "submit",
                () -> Map.of("username", "hostile.nobody", "password", "Kaifeng#XR2026")));

        WebClient enterprise = Applicants.newEnterprise(
                TestData.username("hostile"), "敌对输入企业" + TestData.username("e"), TestData.creditCode());
        saveProfile(enterprise);
        all.add(edit("profile (enterprise)", enterprise, "/applicant/profile.xhtml", "profile", "save"));
        WebClient team = Applicants.newTeam(TestData.username("hostile"), "敌对输入团队" + TestData.username("t"));
        saveProfileWithMember(team);
        all.add(edit("profile (team)", team, "/applicant/profile.xhtml", "profile", "save"));
        all.add(edit("draft (credit)", enterprise, draft(enterprise, "KF-XD-CREDIT"), "app", "save"));
        all.add(edit("draft (team)", team, draft(team, "KF-RC-TEAM"), "app", "save"));
        all.add(entry(
                "consent",
                () -> enterprise,
                "/applicant/consents.xhtml",
                "grant",
                "grant-button",
                () -> Map.of("expires_input", LocalDate.now().plusDays(30).toString())));

        all.add(entry(
                "colleague",
                () -> enterprise,
                Verifications.PAGE,
                "colleague",
                "add",
                () -> Map.of(
                        "name", "测试同事",
                        "username", TestData.username("colleague"),
                        "password", "Colleague#2026x",
                        "passwordRepeat", "Colleague#2026x")));
        all.add(claimDecision());
        all.add(entry(
                "payee account",
                () -> enterprise,
                "/applicant/payee-account.xhtml",
                "payee",
                "save",
                () -> Map.of("holder", "敌对输入企业", "bank", "中国银行开封分行", "number", "6222021234567891234")));

        WebClient bank = Applicants.as("demo.bank");
        all.add(entry(
                "bank check",
                () -> bank,
                "/bank/home.xhtml",
                "check",
                "check-button",
                () -> Map.of("credit-code", "91410200MA45DE001J")));
        all.add(entry("bank verify", () -> bank, "/bank/home.xhtml", "verify", "check-code", Map::of));
        all.add(entry(
                "bank payee account",
                () -> bank,
                "/bank/payee-account.xhtml",
                "payee",
                "save",
                () -> Map.of("holder", "示例银行开封分行", "bank", "示例银行开封分行", "number", "6222021234567890003")));
        all.add(entry("public verify", anonymous, "/public/verify.xhtml", "verify", "check-code", Map::of));
        all.add(new Target(
                "calculator",
                anonymous,
                "/public/calculator.xhtml",
                "calc",
                "calculate",
                Mode.ENTRY,
                HostileFormsIT::calculatorWithProgram,
                Map::of,
                false));

        WebClient reviewer = Applicants.as("demo.reviewer");
        all.add(entry("queue filter", () -> reviewer, "/reviewer/applications.xhtml", "queue", "apply", Map::of));
        all.add(entry(
                "ranked list",
                () -> reviewer,
                "/reviewer/ranking.xhtml",
                "choose",
                "show",
                () -> Map.of(
                        "program_input", "KF-RC-TEAM",
                        "year_input", "2026",
                        "year_hinput", "2026",
                        "round_input", "0",
                        "round_hinput", "0")));
        WebClient admin = Applicants.as("demo.admin");
        all.add(entry(
                "new account",
                () -> admin,
                "/admin/accounts.xhtml",
                "account",
                "create",
                () -> Map.of(
                        "username",
                        TestData.username("hostile"),
                        "displayName",
                        "敌对输入测试",
                        "password",
                        "Kaifeng#XR2026")));
        all.add(entry(
                "new organisation",
                () -> admin,
                "/admin/accounts.xhtml",
                "organisation",
                "create",
                () -> Map.of(
                        "kind_input",
                        "ENTERPRISE",
                        "name",
                        "敌对输入机构" + TestData.username("o"),
                        "creditCode",
                        TestData.creditCode())));
        all.add(entry(
                "bank client",
                () -> admin,
                "/admin/bank-clients.xhtml",
                "issue",
                "issue-button",
                () -> Map.of("label", "敌对输入" + TestData.username("c"), "rate_input", "60", "rate_hinput", "60")));
        // a budget for 2099: what the valid values save touches no application of any test
        all.add(entry(
                "budget",
                () -> admin,
                "/admin/budgets.xhtml",
                "budget",
                "save",
                () -> Map.of(
                        "program_input", "KF-JJ-FUND",
                        "year_input", "2099",
                        "year_hinput", "2099",
                        "round_input", "0",
                        "round_hinput", "0",
                        "amount_input", "1000",
                        "amount_hinput", "1000")));
        all.add(new Target(
                "expert pool",
                () -> admin,
                "/admin/experts.xhtml",
                "experts",
                "save",
                Mode.EDIT,
                HostileFormsIT::expertChosen,
                Map::of,
                true));
        return all;
    }

    /**
     * The reviewer's decision on a submitted claim; only what must be refused is sent, so the claim stays waiting
     * for every case.
     */
    private static Target claimDecision() {
        String code = TestData.creditCode();
        WebClient claimant = Applicants.newClaimant(TestData.username("hostile"), "敌对输入认证企业", code);
        Verifications.submitDocuments(claimant);
        WebClient reviewer = Applicants.as("demo.reviewer");
        String path = Verifications.QUEUE + "?id=" + Verifications.claimId(reviewer, code);
        return new Target(
                "claim decision",
                () -> reviewer,
                path,
                "decide",
                "reject",
                Mode.ENTRY,
                c -> c.get(path).body(),
                () -> Map.of("reason", "营业执照不清晰，请重新上传。"),
                true);
    }

    private static Target entry(
            String name,
            Supplier<WebClient> client,
            String path,
            String form,
            String button,
            Supplier<Map<String, String>> fills) {
        return new Target(
                name, client, path, form, button, Mode.ENTRY, c -> c.get(path).body(), fills, false);
    }

    private static Target edit(String name, WebClient client, String path, String form, String button) {
        Function<WebClient, String> open = c -> c.get(path).body();
        return new Target(name, () -> client, path, form, button, Mode.EDIT, open, Map::of, false);
    }

    /** A profile with something in every field, so that a change to any of them shows. */
    private static void saveProfile(WebClient client) {
        client.get("/applicant/profile.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("address", "开封市龙亭区示例路1号");
        fields.put("district_input", "LONGTING");
        fields.put("founded_input", "2019-05-20");
        fields.put("tier_input", "SPECIALISED");
        fields.put("headcount_input", "80");
        fields.put("headcount_hinput", "80");
        fields.put("revenue_input", "12000000");
        fields.put("revenue_hinput", "12000000");
        fields.put("rd_input", "1500000");
        fields.put("rd_hinput", "1500000");
        fields.put("lead", "张示例");
        fields.put("core", "面向工业数字孪生的实时渲染引擎。");
        fields.put("ip", "发明专利3项。");
        HttpResponse<String> saved = client.submit("/applicant/profile.xhtml", "profile", "save", fields);
        assertTrue(saved.body().contains("单位资料已保存"), Applicants.errors(saved.body()));
    }

    private static void saveProfileWithMember(WebClient team) {
        Map<String, String> member = new LinkedHashMap<>();
        member.put("lead", "李示例");
        member.put("rows:0:name", "王同事");
        member.put("rows:0:role", "算法负责人");
        member.put("rows:0:title", "研究员");
        member.put("rows:0:employer", "开封示例研究院");
        member.put("rows:0:idNumber", "410223199203155612");
        HttpResponse<String> kept = Applicants.saveTeamMember(team, member);
        assertTrue(kept.body().contains("单位资料已保存"), Applicants.errors(kept.body()));
    }

    /** A draft of the program with every field filled as a user would, one row in each repeated group. */
    private static String draft(WebClient client, String program) {
        String path = "/applicant/application.xhtml?id=" + Applicants.start(client, program);
        String page = client.get(path).body();
        Matcher addRow = Pattern.compile("id=\"app:(fields:\\d+:add-row)\"").matcher(page);
        StringBuilder rows = new StringBuilder();
        while (addRow.find()) {
            rows.append(client.ajax(path, "app", addRow.group(1), "click", "fields", Map.of(addRow.group(1), ""))
                    .body());
        }
        Map<String, String> form = Applicants.filledForm(page + rows);
        if (rows.length() > 0) {
            form.put("jakarta.faces.ViewState", Applicants.viewState(rows.toString()));
        }
        form.put("app:save", "");
        HttpResponse<String> saved = client.post(path, form);
        assertTrue(saved.statusCode() < 400, Applicants.errors(saved.body()));
        return path;
    }

    /** The calculator once a program is chosen: the chosen program's questions, as the Ajax update shows them. */
    private static String calculatorWithProgram(WebClient client) {
        client.get("/public/calculator.xhtml");
        String partial = client.ajax(
                        "/public/calculator.xhtml",
                        "calc",
                        "program",
                        "change",
                        ":calc",
                        Map.of("program_input", "KF-XD-CREDIT"))
                .body();
        return formOf(partial, "calc");
    }

    /** The expert pool with one expert chosen (one no other test changes), showing what is recorded for them. */
    private static String expertChosen(WebClient client) {
        client.get("/admin/experts.xhtml");
        String partial = client.ajax(
                        "/admin/experts.xhtml",
                        "experts",
                        "expert",
                        "change",
                        ":experts",
                        Map.of("expert_input", "demo.expert4"))
                .body();
        return formOf(partial, "experts");
    }

    /** A form as an Ajax update carries it, with the view state of that update, as one page for the probe. */
    private static String formOf(String partial, String formId) {
        Matcher update = Pattern.compile(
                        "<update id=\"" + Pattern.quote(formId) + "\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL)
                .matcher(partial);
        assertTrue(update.find(), "the form is updated: " + partial);
        return update.group(1) + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\""
                + Applicants.viewState(partial) + "\"/>";
    }

    /** "page#form" for every form in the web module's pages that has a field to fill. */
    private static Set<String> formsWithInputInSources() throws IOException {
        Path webapp =
                Path.of("..", "web", "src", "main", "webapp").toAbsolutePath().normalize();
        Set<String> forms = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String page = "/" + webapp.relativize(f).toString().replace('\\', '/');
                Matcher form = FORM.matcher(Files.readString(f));
                while (form.find()) {
                    if (INPUT.matcher(form.group(2)).find() || form.group(2).contains("<ui:include")) {
                        forms.add(page + "#" + form.group(1));
                    }
                }
            }
        }
        return forms;
    }
}
