package cn.kaifeng.tfs.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.it.Deployments;
import cn.kaifeng.tfs.testkit.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A program definition uploaded on the administrators' page cannot run code on the server: a gate that would run a
 * command through reflection is refused while the file is checked, with the line and the construct, and the
 * command's marker file never appears (the server runs on this machine, so the test can look). Before the
 * program language was closed, this very upload created the marker during the check.
 */
@ExtendWith(ArquillianExtension.class)
class HostileProgramIT {

    private static final Path VALID = Path.of("src/test/resources/programs/browser-import.yaml");

    @Test
    void anUploadedDefinitionThatWouldRunACommandIsRefusedAndRunsNothing() throws IOException {
        Path marker =
                Path.of("target", "hostile-program-marker-" + System.nanoTime()).toAbsolutePath();
        String valid = Files.readString(VALID);
        List<String> gates = List.of(
                "inKaifeng and ''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                        + ".exec('touch " + marker + "') ne null",
                "Runtime.getRuntime().exec('touch " + marker + "') ne null",
                "(x -> ''.getClass().forName('java.lang.ProcessBuilder'))(1)");
        WebClient admin = new WebClient(Deployments.baseUrl());
        admin.login("demo.admin", Deployments.DEMO_PASSWORD);
        for (String gate : gates) {
            assertTrue(valid.contains("    when: inKaifeng\n"));
            String hostile = valid.replace("    when: inKaifeng\n", "    when: \"" + gate + "\"\n");
            admin.get("/admin/programs.xhtml");
            HttpResponse<String> answer = admin.submitFile(
                    "/admin/programs.xhtml",
                    "import",
                    "upload",
                    "file",
                    "hostile.yaml",
                    hostile.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            String page = answer.body();
            assertTrue(page.contains("hostile.yaml 第 20 行"), "the problem names the line: " + page);
            assertTrue(page.contains("这不属于项目表达式语言"), "and says the construct is not in the language: " + page);
            assertFalse(page.contains("已导入为草稿"), "nothing was imported");
            assertFalse(Files.exists(marker), "the command did not run: " + gate);
        }
    }
}
