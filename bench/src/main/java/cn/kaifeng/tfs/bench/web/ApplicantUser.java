package cn.kaifeng.tfs.bench.web;

import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.testkit.WebClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An applicant in the portal: registers an enterprise, signs in, starts an application, saves the draft (as the
 * Save button does, by Ajax), uploads files (as the uploader does), submits, and reads the number it was given.
 * Form fields are filled as the integration tests' applicants fill them: the first option of every choice, every
 * yes/no ticked, 1 in every number, except the fields given by their program field code.
 */
public final class ApplicantUser {

    public static final String PASSWORD = "Kaifeng#XR2026";

    private static final Pattern NUMBER = Pattern.compile("KF-[A-Z]{2}-\\d{4}-\\d{5}");
    private static final Pattern UPLOADER = Pattern.compile("id=\"app:(slots:\\d+:upload)\"");

    private final PageClient client;
    private final String username;
    private String page = "";

    public ApplicantUser(String base, String username) {
        this.client = new PageClient(base);
        this.username = username;
    }

    public String username() {
        return username;
    }

    public PageClient client() {
        return client;
    }

    /** Registers a new enterprise with this user as its first applicant; a 302 is success. */
    public Reply register(String organisationName, String creditCode) {
        Reply form = client.get("/register.xhtml");
        if (form.status() != 200) {
            return form;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisationKind", "ENTERPRISE");
        fields.put("organisationName", organisationName);
        fields.put("creditCode", creditCode);
        fields.put("legalRepresentative", "张示例");
        fields.put("displayName", "负载测试联系人");
        fields.put("username", username);
        fields.put("password", PASSWORD);
        fields.put("passwordRepeat", PASSWORD);
        return client.submit("/register.xhtml", "register", "submit", fields);
    }

    /**
     * Sends the enterprise's claim to its credit code to the bureau, as the organisation page does: a PDF for the
     * business licence and the authorisation, then "submit". A 302 is success; a reviewer then approves it
     * ({@link ReviewerUser#approveClaim}), and only then may the enterprise submit applications.
     */
    public Reply sendVerification(byte[] pdf) {
        String page = "/applicant/organisation.xhtml";
        for (int slot = 0; slot < 2; slot++) {
            client.get(page);
            Reply uploaded = client.upload(
                    page, "documents", "slot:" + slot + ":upload", "documents:slots messages", "材料.pdf", pdf);
            if (uploaded.status() != 200 || !uploaded.body().contains("已上传")) {
                return uploaded;
            }
        }
        client.get(page);
        return client.submit(page, "send", "submit", Map.of());
    }

    public Reply login(String password) {
        return client.login(username, password);
    }

    /** Switches the session to English with the header's language link (the page must be open). */
    public Reply useEnglish() {
        Reply home = client.get("/applicant/home.xhtml");
        if (home.status() != 200) {
            return home;
        }
        return client.submit("/applicant/home.xhtml", "shell", "en", Map.of());
    }

    /** The programs page; {@link #start} presses its "apply" button for a program. */
    public Reply programs() {
        return remember(client.get("/applicant/programs.xhtml"));
    }

    /** Presses "apply" for a program on the programs page last read: a 302 to the new draft is success. */
    public Reply start(String programCode) {
        Matcher button = Pattern.compile("id=\"programs:(list:\\d+:apply)\"[^>]*aria-describedby=\"program-"
                        + Pattern.quote(programCode) + "\"")
                .matcher(page);
        if (!button.find()) {
            button = Pattern.compile("aria-describedby=\"program-" + Pattern.quote(programCode)
                            + "\"[^>]*id=\"programs:(list:\\d+:apply)\"")
                    .matcher(page);
            if (!button.find()) {
                return PageClient.notSent("no apply button for " + programCode + " on the programs page");
            }
        }
        return client.submit("/applicant/programs.xhtml", "programs", button.group(1), Map.of());
    }

    /** The id of the draft a successful {@link #start} leads to, or -1. */
    public static long startedId(Reply started) {
        Matcher id = Pattern.compile("id=(\\d+)").matcher(started.location());
        return id.find() ? Long.parseLong(id.group(1)) : -1;
    }

    public Reply open(long id) {
        return remember(client.get(path(id)));
    }

    /** The Save button (Ajax): the whole form as filled, with these fields by code; success says "草稿已保存". */
    public Reply save(long id, Map<String, String> byField) {
        Map<String, String> form = filled(byField);
        return client.ajax(path(id), "app", "save", "app", "app messages", form);
    }

    /** The file fields of the open page that still take a file, by uploader id ("slots:0:upload"). */
    public List<String> uploaders() {
        List<String> all = new ArrayList<>();
        Matcher uploader = UPLOADER.matcher(page);
        while (uploader.find()) {
            all.add(uploader.group(1));
        }
        return all;
    }

    /** One file for one file field of the open page, as the uploader sends it; success says "已上传". */
    public Reply upload(long id, String uploader, String fileName, byte[] content) {
        return client.upload(path(id), "app", uploader, "app:attachments messages", fileName, content);
    }

    /** The Submit button, posted as the integration tests post it: a 302 to "my applications" is success. */
    public Reply submit(long id, Map<String, String> byField) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app", "app");
        form.putAll(filled(byField));
        form.put("app:submit", "");
        form.put("jakarta.faces.ViewState", String.valueOf(WebClient.viewState(page)));
        return client.post(path(id), form);
    }

    /** The application number shown on a page, or null. */
    public static String numberOn(String body) {
        Matcher number = NUMBER.matcher(body);
        return number.find() ? number.group() : null;
    }

    public String page() {
        return page;
    }

    public static String path(long id) {
        return "/applicant/application.xhtml?id=" + id;
    }

    private Reply remember(Reply reply) {
        if (reply.status() == 200) {
            page = reply.body();
        }
        return reply;
    }

    /** The open page's form as a user fills it, with these fields (by program field code) set to these values. */
    private Map<String, String> filled(Map<String, String> byField) {
        Map<String, String> form = new LinkedHashMap<>();
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
        Matcher text = Pattern.compile("name=\"(app:fields:[\\w:]+?:text)\"").matcher(page);
        while (text.find()) {
            form.put(text.group(1), "负载测试");
        }
        byField.forEach((code, value) -> {
            int at = page.indexOf("data-field=\"" + code + "\"");
            Matcher input = Pattern.compile("name=\"(app:fields:\\d+:(number_hinput|choice_input|text))\"")
                    .matcher(page);
            if (at >= 0 && input.find(at)) {
                form.put(input.group(1), value);
            }
        });
        return form;
    }
}
