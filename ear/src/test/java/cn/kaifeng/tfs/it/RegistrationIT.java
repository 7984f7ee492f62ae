package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Applicant self-registration through the real page, and the messages bad input gets, in Chinese and English. */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    private static Map<String, String> enterprise(String username, String creditCode, String password) {
        Map<String, String> fields = new HashMap<>();
        fields.put("organisationKind", "ENTERPRISE");
        fields.put("organisationName", "开封测试数字孪生有限公司");
        fields.put("creditCode", creditCode);
        fields.put("legalRepresentative", "张示例");
        fields.put("displayName", "测试联系人");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("passwordRepeat", password);
        return fields;
    }

    private static HttpResponse<String> register(WebClient client, Map<String, String> fields) {
        client.get("/register.xhtml");
        return client.submit("/register.xhtml", "register", "submit", fields);
    }

    @Test
    void anEnterpriseRegistersAndLogsInAsApplicant() {
        String username = TestData.username("qiye");
        WebClient client = new WebClient(Deployments.baseUrl());
        HttpResponse<String> registered =
                register(client, enterprise(username, TestData.creditCode(), "Kaifeng#XR2026"));
        assertEquals(302, registered.statusCode(), registered.body());
        assertTrue(SecurityIT.location(registered).startsWith("/login.xhtml"));
        assertTrue(client.get("/login.xhtml").body().contains("注册成功"), "the success message survives the redirect");

        HttpResponse<String> login = client.login(username, "Kaifeng#XR2026");
        assertEquals("/applicant/home.xhtml", SecurityIT.location(login));
        HttpResponse<String> home = client.get("/applicant/home.xhtml");
        assertTrue(home.body().contains("开封测试数字孪生有限公司"));
        assertTrue(home.body().contains("测试联系人"));
    }

    @Test
    void aTalentTeamNeedsNoCreditCode() {
        String username = TestData.username("tuandui");
        Map<String, String> fields = enterprise(username, "", "Team#Digital2026");
        fields.put("organisationKind", "TALENT_TEAM");
        fields.put("organisationName", "脑机接口测试团队");
        HttpResponse<String> registered = register(new WebClient(Deployments.baseUrl()), fields);
        assertEquals(302, registered.statusCode(), registered.body());
        assertEquals(
                "/applicant/home.xhtml",
                SecurityIT.location(new WebClient(Deployments.baseUrl()).login(username, "Team#Digital2026")));
    }

    @Test
    void badInputIsExplainedFieldByFieldAndNothingIsCreated() {
        String username = TestData.username("bad");
        String code = TestData.creditCode();
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        Map<String, String> fields = enterprise(username, wrongCheck, "weakpass");
        fields.put("passwordRepeat", "different");
        HttpResponse<String> response = register(new WebClient(Deployments.baseUrl()), fields);
        assertEquals(200, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("统一社会信用代码的校验位不正确"), body);
        assertTrue(body.contains("密码至少需要 10 位"));
        assertTrue(body.contains("密码需包含大写字母、小写字母、数字、符号中的至少三类"));
        assertTrue(body.contains("两次输入的密码不一致"));
        assertTrue(body.contains("开封测试数字孪生有限公司"), "what the user typed is kept");
        assertFalse(body.contains(".java:") || body.contains("Caused by"), "no stack trace");
        assertEquals(
                200,
                new WebClient(Deployments.baseUrl()).login(username, "weakpass").statusCode(),
                "no account was created");
    }

    @Test
    void requiredFieldsAndMalformedUsernamesAreReported() {
        Map<String, String> fields = enterprise("9-not-a-name", TestData.creditCode(), "Kaifeng#XR2026");
        fields.put("organisationName", "");
        fields.put("displayName", "");
        String body = register(new WebClient(Deployments.baseUrl()), fields).body();
        assertTrue(body.contains("用户名须以小写字母开头"), body);
        assertTrue(body.contains("不能为空"), "Bean Validation speaks Chinese too");
    }

    /** The names the application acts under in the audit trail cannot be registered by anyone. */
    @Test
    void reservedActorNamesCannotBeRegistered() {
        for (String reserved : new String[] {"system", "public", "demo-data", "Retention"}) {
            WebClient client = new WebClient(Deployments.baseUrl());
            String body = register(client, enterprise(reserved, TestData.creditCode(), "Kaifeng#XR2026"))
                    .body();
            assertTrue(body.contains("该用户名是系统保留的名称"), reserved + ": " + body);
            assertEquals(200, client.login(reserved, "Kaifeng#XR2026").statusCode(), "no account " + reserved);
        }
    }

    @Test
    void aTakenUsernameIsRefusedClearly() {
        WebClient client = new WebClient(Deployments.baseUrl());
        String takenUser = register(client, enterprise("demo.applicant", TestData.creditCode(), "Kaifeng#XR2026"))
                .body();
        assertTrue(takenUser.contains("该用户名已被使用"), takenUser);
    }

    /**
     * A code another organisation holds gets exactly the answer any registration gets (a claim the bureau will
     * check), so registering cannot be used to learn which enterprises use the platform (issue 25).
     */
    @Test
    void aCodeAlreadyOnThePlatformIsNotRevealed() {
        WebClient client = new WebClient(Deployments.baseUrl());
        HttpResponse<String> registered =
                register(client, enterprise(TestData.username("dup"), "91410200MA45DE001J", "Kaifeng#XR2026"));
        assertEquals(302, registered.statusCode(), registered.body());
        assertTrue(SecurityIT.location(registered).startsWith("/login.xhtml"));
        String message = client.get("/login.xhtml").body();
        assertTrue(message.contains("注册成功"), message);
        assertFalse(message.contains("已经注册"), message);
    }

    @Test
    void anEnterpriseNamesItsLegalRepresentative() {
        Map<String, String> fields = enterprise(TestData.username("fading"), TestData.creditCode(), "Kaifeng#XR2026");
        fields.put("legalRepresentative", "");
        String body = register(new WebClient(Deployments.baseUrl()), fields).body();
        assertTrue(body.contains("请填写法定代表人姓名"), body);
    }

    @Test
    void messagesFollowTheChosenLanguage() {
        WebClient client = new WebClient(Deployments.baseUrl());
        client.get("/register.xhtml");
        HttpResponse<String> switched = client.submit("/register.xhtml", "shell", "en", Map.of());
        String english = switched.statusCode() == 302
                ? client.get(SecurityIT.location(switched)).body()
                : switched.body();
        assertTrue(english.contains("lang=\"en\""), english);
        assertTrue(english.contains("Applicant registration"));
        Map<String, String> fields = enterprise(TestData.username("en"), "91410200MA45DE001K", "Kaifeng#XR2026");
        String body =
                client.submit("/register.xhtml", "register", "submit", fields).body();
        assertTrue(body.contains("The check character of the unified social credit code is wrong"), body);
    }
}
