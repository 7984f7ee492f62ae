package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The expert panel over HTTP, on a talent application (five experts required, trimmed mean): the system flags the
 * expert who works for the applicant, who then cannot see or score it even after declaring no conflict; experts
 * score blind and see the others only after submitting; a wide spread holds the panel until the lead writes a
 * consensus note; the panel's trimmed mean completes the assessment.
 */
@ExtendWith(ArquillianExtension.class)
class PanelIT {

    @Test
    void aFullPanelFromAssignmentToConclusion() {
        WebClient applicant = Applicants.as("demo.applicant");
        String number = Applicants.submitted(applicant, "KF-RC-TALENT");
        Matcher idMatch = Pattern.compile("id=(\\d+)").matcher(Applicants.pathOf(applicant, number));
        assertTrue(idMatch.find());
        String reviewPath = "/reviewer/application.xhtml?id=" + idMatch.group(1);
        String fileLink = firstFileLink(
                applicant.get(Applicants.pathOf(applicant, number)).body());

        WebClient reviewer = Applicants.as("demo.reviewer");
        assertEquals(
                302,
                reviewer.post(reviewPath, press(reviewer.get(reviewPath).body(), "start-review"))
                        .statusCode());
        assertEquals(
                302,
                reviewer.post(reviewPath, press(reviewer.get(reviewPath).body(), "pass"))
                        .statusCode());

        String panelPage = reviewer.get(reviewPath).body();
        assertTrue(panelPage.contains("专家评审中"));
        assertTrue(panelPage.contains("工作单位即申请单位"), "the system flags demo.expert6, who works for the applicant");
        Map<String, String> assign = press(panelPage, "assign");
        Matcher pick =
                Pattern.compile("name=\"(review:candidate:\\d+:pick_input)\"").matcher(panelPage);
        while (pick.find()) {
            assign.put(pick.group(1), "on");
        }
        assign.put("review:lead_input", "demo.expert");
        HttpResponse<String> assigned = reviewer.post(reviewPath, assign);
        assertEquals(302, assigned.statusCode(), () -> Applicants.errors(assigned.body()));

        // the flagged expert: declares "no conflict", is still kept out, and cannot download the files
        WebClient flagged = Applicants.as("demo.expert6");
        String flaggedPath = Experts.assignmentPath(flagged, number);
        assertFalse(flagged.get(flaggedPath).body().contains("申请表内容"), "nothing confidential before declaring");
        Experts.declareNoConflict(flagged, flaggedPath);
        String kept = flagged.get(flaggedPath).body();
        assertTrue(kept.contains("系统发现您与该申请可能存在利益冲突"));
        assertFalse(kept.contains("id=\"score:"), "no scoring form");
        assertEquals(404, flagged.download(fileLink).statusCode(), "nor its files");

        // five cleared experts score blind; the scores lie far apart (12 against the rest)
        List<String> experts = List.of("demo.expert", "demo.expert2", "demo.expert3", "demo.expert4", "demo.expert5");
        List<String> points = List.of("25", "26", "27", "24", "12");
        WebClient lead = null;
        String leadPath = null;
        for (int i = 0; i < experts.size(); i++) {
            WebClient expert = Applicants.as(experts.get(i));
            String path = Experts.assignmentPath(expert, number);
            Experts.declareNoConflict(expert, path);
            String page = expert.get(path).body();
            assertTrue(page.contains("申请表内容"), "a cleared expert sees the application");
            assertFalse(page.contains("其他专家已提交的评分"), "but not the others' scores before submitting");
            assertEquals(200, expert.download(fileLink).statusCode(), "and its files");
            Map<String, String> score = new LinkedHashMap<>();
            score.put("score", "score");
            score.put("score:criteria:0:points_input", points.get(i));
            score.put("score:criteria:0:points_hinput", points.get(i));
            score.put("score:comment", "评审意见 " + (i + 1));
            score.put("score:submit", "");
            score.put("jakarta.faces.ViewState", Applicants.viewState(page));
            HttpResponse<String> scored = expert.post(path, score);
            assertEquals(302, scored.statusCode(), () -> Applicants.errors(scored.body()));
            String after = expert.get(path).body();
            assertTrue(after.contains("其他专家已提交的评分"), "after submitting, the others' scores are visible");
            if (i == 0) {
                lead = expert;
                leadPath = path;
            }
        }

        String beforeConsensus = reviewer.get(reviewPath).body();
        assertTrue(beforeConsensus.contains("意见分歧"), "the spread is flagged");
        assertTrue(
                beforeConsensus.matches("(?s).*id=\"review:conclude\"[^>]*disabled.*"), "the conclude button is off");
        reviewer.post(reviewPath, press(beforeConsensus, "conclude"));
        assertTrue(reviewer.get(reviewPath).body().contains("专家评审中"), "a forged click does not conclude it");

        String leadPage = lead.get(leadPath).body();
        Map<String, String> consensus = new LinkedHashMap<>();
        consensus.put("consensus", "consensus");
        consensus.put("consensus:note", "经合议，一名专家对市场前景估计偏保守，采用去掉最高分和最低分后的平均分。");
        consensus.put("consensus:save", "");
        consensus.put("jakarta.faces.ViewState", Applicants.viewState(leadPage));
        assertEquals(302, lead.post(leadPath, consensus).statusCode());

        HttpResponse<String> concluded =
                reviewer.post(reviewPath, press(reviewer.get(reviewPath).body(), "conclude"));
        assertEquals(302, concluded.statusCode(), () -> Applicants.errors(concluded.body()));
        String done = reviewer.get(reviewPath).body();
        assertTrue(done.contains("评审完成"), "review concluded");
        assertTrue(
                done.matches("(?s).*专家组评分 25(\\.00)? 分.*"), "the trimmed mean of 24, 25, 26 completes the assessment");
        assertTrue(done.contains("专家评审结束"), "and the timeline says so");
    }

    private static String firstFileLink(String page) {
        Matcher link = Pattern.compile("href=\"[^\"]*(/files/\\d+)\"").matcher(page);
        assertTrue(link.find());
        return link.group(1);
    }

    private static Map<String, String> press(String page, String button) {
        assertTrue(page.contains("id=\"review:" + button + "\""), "the page offers " + button);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("review", "review");
        form.put("review:" + button, "");
        form.put("jakarta.faces.ViewState", Applicants.viewState(page));
        return form;
    }
}
