package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What applicants do over HTTP in tests: log in, start an application, fill its generated form as a user would. */
public final class Applicants {

    private Applicants() {}

    public static WebClient as(String username) {
        return as(Deployments.baseUrl(), username);
    }

    /** Signed in on another server than the suite's (the crash test's own). */
    public static WebClient as(String base, String username) {
        WebClient client = new WebClient(base);
        assertEquals(302, client.login(username, Deployments.DEMO_PASSWORD).statusCode(), username + " logs in");
        return client;
    }

    /** Starts an application to a program through the programs page; returns its id. */
    public static long start(WebClient client, String programCode) {
        String page = client.get("/applicant/programs.xhtml").body();
        Matcher button = Pattern.compile("id=\"(programs:list:\\d+:apply)\"[^>]*aria-describedby=\"program-"
                        + Pattern.quote(programCode) + "\"")
                .matcher(page);
        if (!button.find()) {
            button = Pattern.compile("aria-describedby=\"program-" + Pattern.quote(programCode)
                            + "\"[^>]*id=\"(programs:list:\\d+:apply)\"")
                    .matcher(page);
            assertTrue(button.find(), "an apply button for " + programCode);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("programs", "programs");
        form.put(button.group(1), "");
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> started = client.post("/applicant/programs.xhtml", form);
        assertEquals(302, started.statusCode(), started.body());
        Matcher id = Pattern.compile("id=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    /**
     * What a user filling the generated form would send: the first real option of every choice, 1 for every
     * number, every yes/no ticked, text in every text field.
     */
    public static Map<String, String> filledForm(String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app", "app");
        Matcher select = Pattern.compile(
                        "<select id=\"([^\"]+_input)\" name=\"\\1\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(2));
            if (option.find()) {
                form.put(select.group(1), option.group(1));
            }
        }
        Matcher number =
                Pattern.compile("name=\"(app:fields:[\\w:]+?:number_hinput)\"").matcher(page);
        while (number.find()) {
            form.put(number.group(1), "1");
        }
        Matcher bool =
                Pattern.compile("name=\"(app:fields:[\\w:]+?:bool_input)\"").matcher(page);
        while (bool.find()) {
            form.put(bool.group(1), "on");
        }
        // the first option of every multiple choice
        Matcher many = Pattern.compile("<input[^>]*name=\"(app:fields:[\\w:]+?:choices)\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        while (many.find()) {
            form.putIfAbsent(many.group(1), many.group(2));
        }
        Matcher text = Pattern.compile("name=\"(app:fields:[\\w:]+?:text)\"").matcher(page);
        while (text.find()) {
            form.put(text.group(1), "示例");
        }
        form.put("jakarta.faces.ViewState", viewState(page));
        return form;
    }

    /** The view state of a page, or of a partial (Ajax) response. */
    public static String viewState(String page) {
        String state = WebClient.viewState(page);
        assertTrue(state != null, "a JSF page");
        return state;
    }

    /** The error messages a page shows, for failure messages. */
    public static String errors(String page) {
        Matcher error = Pattern.compile(
                        "<li class=\"tfs-message-error\">(.*?)</li>|class=\"ui-message-error[^>]*>(.*?)</")
                .matcher(page);
        StringBuilder all = new StringBuilder();
        while (error.find()) {
            all.append(error.group(1) != null ? error.group(1) : error.group(2)).append(" | ");
        }
        return all.toString();
    }

    /** The page of one's own application with this number, as linked from "my applications". */
    public static String pathOf(WebClient client, String number) {
        String list = client.get("/applicant/applications.xhtml").body();
        Matcher link = Pattern.compile("href=\"([^\"]+)\"[^>]*>" + Pattern.quote(number) + "<")
                .matcher(list);
        assertTrue(link.find(), number + " is listed");
        return link.group(1).replace("&amp;", "&");
    }

    /** Uploads a plain PDF to every file field of the application that still takes one. */
    public static void attachEveryFile(WebClient client, String path) {
        String page = client.get(path).body();
        Matcher uploader = Pattern.compile("id=\"app:(slots:\\d+:upload)\"").matcher(page);
        byte[] pdf = SampleFiles.plainPdf();
        while (uploader.find()) {
            HttpResponse<String> response =
                    client.upload(path, "app", uploader.group(1), "app:attachments messages", "材料.pdf", pdf);
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("已上传"), response.body());
        }
    }

    /** Starts an application, fills every field plausibly, attaches a file to each file field and submits it. */
    /** A credit application strong enough to pass (as in KfXdCreditTest), by field code. */
    public static Map<String, String> strongCredit() {
        Map<String, String> strong = new LinkedHashMap<>();
        strong.put("enterpriseTier", "BACKBONE");
        strong.put("taxCreditLevel", "A");
        strong.put("techField", "XR");
        strong.put("inventionPatents", "5");
        strong.put("revenueLastYear", "100000000");
        strong.put("revenuePriorYear", "90000000");
        strong.put("employees", "200");
        strong.put("projectInvestment", "50000000");
        strong.put("loanRequested", "8000000");
        return strong;
    }

    /** A newly registered enterprise of its own (fresh name and credit code), verified by the bureau, signed in. */
    public static WebClient newEnterprise(String username, String name, String creditCode) {
        return newApplicant("ENTERPRISE", username, name, creditCode);
    }

    /**
     * Adds a member to a talent team's profile, as the profile page's "add a member" button and then "save" do;
     * {@code fields} are the member's inputs (rows:0:name …) and any other profile field. Returns the save's answer.
     */
    public static HttpResponse<String> saveTeamMember(WebClient team, Map<String, String> fields) {
        String profile = "/applicant/profile.xhtml";
        team.get(profile);
        assertEquals(
                200,
                team.ajax(profile, "profile", "add-member", "click", "profile", Map.of("add-member", ""))
                        .statusCode());
        return team.submit(profile, "profile", "save", fields);
    }

    /** A newly registered talent team of its own (no credit code), signed in. */
    public static WebClient newTeam(String username, String name) {
        return newApplicant("TALENT_TEAM", username, name, "");
    }

    /** A newly registered enterprise whose claim to its credit code is not verified yet, signed in. */
    public static WebClient newClaimant(String username, String name, String creditCode) {
        return registered("ENTERPRISE", username, name, creditCode);
    }

    private static WebClient newApplicant(String kind, String username, String name, String creditCode) {
        WebClient client = registered(kind, username, name, creditCode);
        if (!creditCode.isEmpty()) {
            Verifications.verify(client, creditCode);
        }
        return client;
    }

    private static WebClient registered(String kind, String username, String name, String creditCode) {
        WebClient client = new WebClient(Deployments.baseUrl());
        client.get("/register.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisationKind", kind);
        fields.put("organisationName", name);
        fields.put("creditCode", creditCode);
        fields.put("legalRepresentative", creditCode.isEmpty() ? "" : "张示例");
        fields.put("displayName", "测试联系人");
        fields.put("username", username);
        fields.put("password", "Kaifeng#XR2026");
        fields.put("passwordRepeat", "Kaifeng#XR2026");
        HttpResponse<String> registered = client.submit("/register.xhtml", "register", "submit", fields);
        assertEquals(302, registered.statusCode(), () -> errors(registered.body()));
        assertEquals(302, client.login(username, "Kaifeng#XR2026").statusCode(), username + " logs in");
        return client;
    }

    public static String submitted(WebClient client, String programCode) {
        return submitted(client, programCode, Map.of());
    }

    /**
     * The same, with some fields given by their program field code (numbers as digits, choices by option code,
     * yes/no as "true"): e.g. an application strong enough to pass.
     */
    public static String submitted(WebClient client, String programCode, Map<String, String> byField) {
        Submission submission = submit(client, programCode, byField);
        HttpResponse<String> submitted = submission.response();
        assertEquals(
                302,
                submitted.statusCode(),
                () -> programCode + " submitted; the page says: " + errors(submitted.body()));
        Matcher number = Pattern.compile("KF-[A-Z]{2}-\\d{4}-\\d{5}")
                .matcher(client.get(submission.path()).body());
        assertTrue(number.find(), "numbered");
        return number.group();
    }

    /** An application's page and the answer to pressing "submit" on it. */
    public record Submission(String path, HttpResponse<String> response) {}

    /** Starts an application, fills and attaches everything as {@link #submitted} does, and presses "submit". */
    public static Submission submit(WebClient client, String programCode, Map<String, String> byField) {
        long id = start(client, programCode);
        String path = "/applicant/application.xhtml?id=" + id;
        attachEveryFile(client, path);
        String page = client.get(path).body();
        // one row in every repeated group (team members...), added as the "add a row" button does
        Matcher addRow = Pattern.compile("id=\"app:(fields:\\d+:add-row)\"").matcher(page);
        StringBuilder rows = new StringBuilder();
        while (addRow.find()) {
            HttpResponse<String> added =
                    client.ajax(path, "app", addRow.group(1), "click", "fields", Map.of(addRow.group(1), ""));
            assertEquals(200, added.statusCode());
            rows.append(added.body());
        }
        Map<String, String> form = filledForm(page + rows);
        byField.forEach((code, value) -> {
            int at = page.indexOf("data-field=\"" + code + "\"");
            assertTrue(at >= 0, "the form has a field " + code);
            Matcher input = Pattern.compile("name=\"(app:fields:\\d+:(number_hinput|choice_input|bool_input|text))\"")
                    .matcher(page);
            assertTrue(input.find(at), "an input for " + code);
            if (input.group(2).equals("bool_input")) {
                if ("true".equals(value)) {
                    form.put(input.group(1), "on");
                } else {
                    form.remove(input.group(1));
                }
            } else {
                form.put(input.group(1), value);
            }
        });
        if (rows.length() > 0) {
            form.put("jakarta.faces.ViewState", viewState(rows.toString()));
        }
        form.put("app:submit", "");
        return new Submission(path, client.post(path, form));
    }

    /** The entries of an organisation's data export (or any ZIP), by name. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }
}
