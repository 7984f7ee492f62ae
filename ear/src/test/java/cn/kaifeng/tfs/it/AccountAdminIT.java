package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts other than applicants are created by an administrator; such an account logs in with its role. */
@ExtendWith(ArquillianExtension.class)
class AccountAdminIT {

    @Test
    void anAdministratorAddsABankAndOneOfItsOfficersWhoThenLogsIn() {
        WebClient admin = new WebClient(Deployments.baseUrl());
        admin.login("demo.admin", Deployments.DEMO_PASSWORD);
        admin.get("/admin/accounts.xhtml");

        String bankName = "测试银行" + TestData.username("b").substring(2);
        HttpResponse<String> added = admin.submit(
                "/admin/accounts.xhtml",
                "organisation",
                "create",
                Map.of("kind_input", "BANK", "kind_focus", "", "name", bankName, "creditCode", TestData.creditCode()));
        assertTrue(added.body().contains("已新增"), added.body());

        // choosing the role refreshes the organisations that fit it, as in the browser
        admin.get("/admin/accounts.xhtml");
        String options = chooseRole(admin, "BANK");
        String bankId = optionValue(options, bankName);
        String username = TestData.username("bank");
        HttpResponse<String> created = admin.submit(
                "/admin/accounts.xhtml",
                "account",
                "create",
                Map.of(
                        "role_input",
                        "BANK",
                        "role_focus",
                        "",
                        "organisation_input",
                        bankId,
                        "organisation_focus",
                        "",
                        "username",
                        username,
                        "displayName",
                        "测试客户经理",
                        "password",
                        "Bank#Officer2026"));
        assertTrue(created.body().contains("已开设"), created.body());

        WebClient officer = new WebClient(Deployments.baseUrl());
        assertEquals("/bank/home.xhtml", SecurityIT.location(officer.login(username, "Bank#Officer2026")));
        assertTrue(officer.get("/bank/home.xhtml").body().contains(bankName));
    }

    @Test
    void anOrganisationThatDoesNotFitTheRoleIsRefused() {
        WebClient admin = new WebClient(Deployments.baseUrl());
        admin.login("demo.admin", Deployments.DEMO_PASSWORD);
        String bureauId = optionValue(admin.get("/admin/accounts.xhtml").body(), "开封市财政局（演示）");
        chooseRole(admin, "BANK");
        String username = TestData.username("wrong");
        // a forged request: a bank role for the bureau, which the page no longer offers
        HttpResponse<String> refused = admin.submit(
                "/admin/accounts.xhtml",
                "account",
                "create",
                Map.of(
                        "role_input",
                        "BANK",
                        "role_focus",
                        "",
                        "organisation_input",
                        bureauId,
                        "organisation_focus",
                        "",
                        "username",
                        username,
                        "displayName",
                        "错配",
                        "password",
                        "Bank#Officer2026"));
        assertTrue(refused.body().contains("所选的值无效"), refused.body());
        assertEquals(
                200,
                new WebClient(Deployments.baseUrl())
                        .login(username, "Bank#Officer2026")
                        .statusCode());
    }

    private static String chooseRole(WebClient admin, String role) {
        HttpResponse<String> partial = admin.ajax(
                "/admin/accounts.xhtml",
                "account",
                "role",
                "change",
                "organisation",
                Map.of("role_input", role, "role_focus", ""));
        assertEquals(200, partial.statusCode());
        return partial.body();
    }

    private static String optionValue(String page, String label) {
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(label) + "</option>")
                .matcher(page);
        if (!option.find()) {
            throw new AssertionError("no option " + label + " on the page");
        }
        return option.group(1);
    }
}
