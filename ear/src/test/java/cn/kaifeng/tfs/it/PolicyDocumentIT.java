package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy documents as data on the running server: a program's page shows the documents it stands on with their
 * 文号 and when its basis expires; the administrator sees each document's clause index and imports a new version,
 * which is refused while a program in force cites words the new text no longer has in that clause.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyDocumentIT {

    private static final Path KAIFENG =
            Path.of("..", "config", "policy", "kaifeng-metaverse-action-plan-2023-2025.yaml");

    private static WebClient admin() {
        WebClient admin = new WebClient(Deployments.baseUrl());
        admin.login("demo.admin", Deployments.DEMO_PASSWORD);
        return admin;
    }

    @Test
    void aProgramsPageShowsItsBasisWithTheDocumentsNumbersAndWhenItExpires() {
        HttpResponse<String> page = admin().get("/admin/programs.xhtml?code=KF-RC-TEAM");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("本项目的政策依据有效期至 2026-12-31。"), html);
        assertTrue(html.contains("《开封市元宇宙产业发展行动计划（2023—2025年）》（汴政办〔2023〕16号）"), html);
        assertTrue(html.contains("2023-04-13 至 2025-12-31"), "the plan's period");
        assertTrue(html.contains("已到期"), "the ended plans say so");
        assertTrue(html.contains("《开封市元宇宙产业扶持资金管理办法（示例）》（演示用示例文件，非正式文件）"), "an example says so");
        // the review settings and the bureau's settings cite the bureau's rules
        assertTrue(html.contains("（演示用示例文件，非正式文件）三（三）"), "the review settings' clause");
        assertTrue(html.contains("（演示用示例文件，非正式文件）三（一）"), "the bureau settings' clause");
        assertTrue(html.contains("（国发〔2016〕33号）（摘录）三（十）"), "the 失信 gate's clause");
    }

    @Test
    void theAdministratorSeesADocumentsClauseIndex() {
        HttpResponse<String> page = admin().get("/admin/policies.xhtml?id=GUOFA_2016_33");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"clause-table\""), html);
        assertTrue(html.contains("三（十）"), "the clause the 失信 gates cite");
        assertTrue(html.contains("摘录：仅收录本平台引用的段落"), "the excerpt says it is one");
        for (String id : new String[] {"HENAN_2022", "KAIFENG_2023", "KF_FUND_2026", "GUOFA_2016_33"}) {
            assertTrue(html.contains(">" + id + "<"), id + " is listed");
        }
    }

    @Test
    void aNewVersionThatDropsCitedWordsIsRefusedAndANewDocumentIsImported() throws IOException {
        WebClient admin = admin();
        String kaifeng = Files.readString(KAIFENG);
        String broken = kaifeng.replace("version: 1", "version: 2").replace("对其成果转化项目择优给予扶持", "对其成果转化项目给予扶持");
        admin.get("/admin/policies.xhtml");
        HttpResponse<String> refused = admin.submitFile(
                "/admin/policies.xhtml",
                "import",
                "upload",
                "file",
                "kaifeng-v2.yaml",
                broken.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("kf-rc-team.yaml 第"), "the program's file and line: " + refused.body());
        assertTrue(refused.body().contains("不在 KAIFENG_2023 的条款 三（三） 中"), refused.body());
        assertFalse(refused.body().contains("已导入"), "nothing was imported");

        // a document no program cites yet: a new id for each run, as the test server's database is shared
        String id = "IT_RULES_" + System.currentTimeMillis();
        String rules = "id: " + id + "\nversion: 1\ntitle: 集成测试用办法（示例）\nissuer: 测试局\nexample: true\n"
                + "inForce: {from: 2026-01-01, to: 2026-12-31}\ntext: |\n  一、总则\n  （一）本办法仅供测试。\n";
        admin.get("/admin/policies.xhtml");
        HttpResponse<String> imported = admin.submitFile(
                "/admin/policies.xhtml",
                "import",
                "upload",
                "file",
                "rules.yaml",
                rules.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode());
        assertTrue(imported.body().contains(id + " 第 1 版已导入。"), imported.body());
        assertTrue(imported.body().contains("一（一）"), "its clause index is shown");
    }
}
