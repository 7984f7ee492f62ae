package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's expert pool and the team's members meet in the conflict check: the administrator records
 * where an expert works; a talent team lists a member (with an ID number, kept only masked) who works there; when
 * the team's application reaches the panel, that expert is flagged as a likely conflict.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertPoolIT {

    private static final String POOL = "/admin/experts.xhtml";
    private static final String EXPERT = "demo.expert5";
    private static final String DEMO_EMPLOYER = "河南省科学院（演示）";
    private static final List<String> DEMO_FIELDS = List.of("XR", "DIGITAL_TWIN", "NFT_ASSETS");

    private static HttpResponse<String> record(WebClient admin, String employer, List<String> fields) {
        return record(admin, EXPERT, employer, fields);
    }

    private static HttpResponse<String> record(WebClient admin, String expert, String employer, List<String> fields) {
        String page = admin.get(POOL).body();
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("experts", "experts"));
        form.add(Map.entry("experts:expert_input", expert));
        form.add(Map.entry("experts:employer", employer));
        fields.forEach(f -> form.add(Map.entry("experts:fields", f)));
        form.add(Map.entry("experts:save", ""));
        form.add(Map.entry("jakarta.faces.ViewState", Applicants.viewState(page)));
        return admin.post(POOL, form);
    }

    @Test
    void anExpertWorkingWhereATeamMemberWorksIsFlagged() {
        WebClient admin = Applicants.as("demo.admin");
        assertTrue(admin.get(POOL).body().contains(DEMO_EMPLOYER), "the pool lists what is recorded");
        assertEquals(403, Applicants.as("demo.reviewer").get(POOL).statusCode(), "administrators only");

        try {
            HttpResponse<String> nobody = record(admin, "", "某单位", DEMO_FIELDS);
            assertEquals(200, nobody.statusCode());
            assertTrue(nobody.body().contains("请选择专家"), Applicants.errors(nobody.body()));
            HttpResponse<String> notAnExpert = record(admin, "demo.bank", "某单位", DEMO_FIELDS);
            assertEquals(200, notAnExpert.statusCode());
            assertFalse(notAnExpert.body().contains("已保存专家"), "only expert accounts are in the pool");
            assertTrue(admin.get(POOL).body().contains(DEMO_EMPLOYER), "and nothing changed");

            String institute = "开封冲突测试研究院" + TestData.username("x");
            HttpResponse<String> saved = record(admin, institute, DEMO_FIELDS);
            assertTrue(saved.body().contains("已保存专家 " + EXPERT + " 的信息"), Applicants.errors(saved.body()));
            WebClient team = Applicants.newTeam(TestData.username("tuandui"), "冲突测试团队" + TestData.username("t"));
            Map<String, String> member = new LinkedHashMap<>();
            member.put("rows:0:name", "王同事");
            member.put("rows:0:role", "算法负责人");
            member.put("rows:0:employer", institute);
            member.put("rows:0:idNumber", "410223199203155612");
            HttpResponse<String> kept = Applicants.saveTeamMember(team, member);
            assertTrue(kept.body().contains("单位资料已保存"), Applicants.errors(kept.body()));
            assertTrue(kept.body().contains("410***********5612"), "shown masked");
            assertFalse(kept.body().contains("410223199203155612"), "never whole");

            String number = Applicants.submitted(team, "KF-RC-TEAM");
            String review = Reviewers.pathOf(team, number);
            WebClient reviewer = Applicants.as("demo.reviewer");
            Reviewers.step(reviewer, review, "start-review", Map.of());
            Reviewers.step(reviewer, review, "pass", Map.of());
            String panel = reviewer.get(review).body();
            int row = panel.indexOf("郑五示例");
            assertTrue(row > 0, "the expert is a candidate");
            String candidate = panel.substring(row, panel.indexOf("</tr>", row));
            assertTrue(candidate.contains("团队成员的工作单位"), "flagged: " + candidate);
            assertFalse(panel.contains("410223199203155612"), "the reviewer's page shows no whole ID number");
            assertTrue(panel.contains("410***********5612"), "the profile kept with the application, masked");
        } finally {
            record(admin, DEMO_EMPLOYER, DEMO_FIELDS);
        }
    }
}
