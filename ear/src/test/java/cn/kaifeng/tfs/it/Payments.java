package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helpers for payments (资金拨付) through their pages, as a reviewer, a finance officer and an applicant press
 * them: the payment queue's buttons, the administrator granting the finance permission, the payee's account, the
 * payment file written on demand and the treasury's return file imported.
 */
public final class Payments {

    private Payments() {}

    /** Presses a payment's button on the queue page; the answer (302 when it went through). */
    public static HttpResponse<String> press(WebClient user, long paymentId, String button) {
        HttpResponse<String> answer = pressIfOffered(user, paymentId, button);
        assertTrue(answer != null, "the queue offers " + button + " for " + paymentId);
        return answer;
    }

    /** Presses a payment's button if the queue page offers it (null if not: another officer approved it first). */
    public static HttpResponse<String> pressIfOffered(WebClient user, long paymentId, String button) {
        String page = user.get("/reviewer/payments.xhtml").body();
        int start = page.indexOf("id=\"payment-" + paymentId + "\"");
        if (start < 0) {
            return null;
        }
        String row = page.substring(start, page.indexOf("</tr>", start));
        Matcher pressed =
                Pattern.compile("id=\"(queue:rows:\\d+:" + button + ")\"").matcher(row);
        if (!pressed.find()) {
            return null;
        }
        String buttonId = pressed.group(1);
        return user.submit("/reviewer/payments.xhtml", "queue", buttonId.substring("queue:".length()), Map.of());
    }

    /** The queue page after a button went through (asserting it did), with the message it shows. */
    public static String flash(WebClient user, HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), () -> Applicants.errors(response.body()));
        return user.get("/reviewer/payments.xhtml").body();
    }

    /** The reviewer, made a finance officer by the administrator if not yet one, signed in. */
    public static WebClient financeOfficer(String username) {
        WebClient admin = Applicants.as("demo.admin");
        String page = admin.get("/admin/finance-officers.xhtml").body();
        Matcher grant = Pattern.compile(
                        ">" + Pattern.quote(username) + "</td>.*?id=\"(officers:rows:\\d+:(grant|revoke))\"",
                        Pattern.DOTALL)
                .matcher(page);
        assertTrue(grant.find(), "the administrator's page lists " + username);
        if (grant.group(2).equals("grant")) {
            HttpResponse<String> granted = admin.submit(
                    "/admin/finance-officers.xhtml",
                    "officers",
                    grant.group(1).substring("officers:".length()),
                    Map.of());
            assertEquals(302, granted.statusCode(), () -> Applicants.errors(granted.body()));
        }
        return Applicants.as(username);
    }

    /** A reviewer account of the bureau, made by the administrator on the accounts page. */
    public static String newReviewer() {
        WebClient admin = Applicants.as("demo.admin");
        admin.get("/admin/accounts.xhtml");
        String options = admin.ajax(
                        "/admin/accounts.xhtml",
                        "account",
                        "role",
                        "change",
                        "organisation",
                        Map.of("role_input", "REVIEWER", "role_focus", ""))
                .body();
        Matcher bureau = Pattern.compile("<option value=\"(\\d+)\"[^>]*>开封市财政局（演示）</option>")
                .matcher(options);
        assertTrue(bureau.find(), options);
        String username = TestData.username("fin");
        HttpResponse<String> created = admin.submit(
                "/admin/accounts.xhtml",
                "account",
                "create",
                Map.of(
                        "role_input",
                        "REVIEWER",
                        "role_focus",
                        "",
                        "organisation_input",
                        bureau.group(1),
                        "organisation_focus",
                        "",
                        "username",
                        username,
                        "displayName",
                        "测试财务人员",
                        "password",
                        Deployments.DEMO_PASSWORD));
        assertTrue(created.body().contains("已开设"), Applicants.errors(created.body()));
        return username;
    }

    /** The applicant's organisation's payee account, saved on its page. */
    public static void saveAccount(WebClient applicant, String holder, String number) {
        applicant.get("/applicant/payee-account.xhtml");
        HttpResponse<String> saved = applicant.submit(
                "/applicant/payee-account.xhtml",
                "payee",
                "save",
                Map.of("holder", holder, "bank", "中国银行开封分行", "number", number));
        assertEquals(302, saved.statusCode(), () -> Applicants.errors(saved.body()));
    }

    /** A finance officer writes the payment file of what is approved now. */
    public static void writeFile(WebClient finance) {
        finance.get("/reviewer/payment-files.xhtml");
        HttpResponse<String> generated =
                finance.submit("/reviewer/payment-files.xhtml", "generate", "generate", Map.of());
        assertEquals(302, generated.statusCode(), () -> Applicants.errors(generated.body()));
    }

    /** A finance officer imports the treasury's return file saying these payments (id and yuan) were paid. */
    public static void paidByTreasury(WebClient finance, Map<Long, String> yuanById) {
        StringBuilder csv = new StringBuilder("payment_id,amount_yuan,result,treasury_reference,reason\r\n");
        yuanById.forEach((id, yuan) -> csv.append(id)
                .append(',')
                .append(yuan)
                .append(",PAID,GK")
                .append(id)
                .append(",\r\n"));
        importReturn(finance, csv.toString());
    }

    /** A finance officer imports this return file (CSV text) and is sent back to the page. */
    public static void importReturn(WebClient finance, String csv) {
        finance.get("/reviewer/payment-files.xhtml");
        HttpResponse<String> imported = finance.submitFile(
                "/reviewer/payment-files.xhtml",
                "import",
                "upload",
                "file",
                "return.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(302, imported.statusCode(), () -> Applicants.errors(imported.body()));
    }
}
