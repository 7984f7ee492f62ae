package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.it.persistence.NoticeClock;
import cn.kaifeng.tfs.testkit.WebClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helpers for agreements: an award taken to its approval letter, and the targets form as posted. */
public final class Agreements {

    private Agreements() {}

    /**
     * A leasing subsidy of 100,000.01 yuan taken through formal review, notice, approval and its letter, which drafts
     * its agreement; returns the application's number.
     */
    public static String approvedWithLetter(WebClient applicant, WebClient reviewer) {
        String number = Applicants.submitted(applicant, "KF-ZL-LEASING", leasing());
        String path = Reviewers.pathOf(applicant, number);
        Reviewers.step(reviewer, path, "start-review", Map.of());
        Reviewers.step(reviewer, path, "pass", Map.of());
        Reviewers.step(
                reviewer,
                path,
                "propose",
                Map.of("review:amount_hinput", "100000.01", "review:amount-reason", "按租赁合同和付款凭证核定"));
        NoticeClock.endNotice(number);
        String page = null;
        for (int i = 0; i < 40 && (page == null || !page.contains("id=\"review:approve\"")); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            page = reviewer.get(path).body();
        }
        Reviewers.step(reviewer, path, "approve", Map.of());
        Reviewers.step(reviewer, path, "issue-letter", Map.of());
        return number;
    }

    /**
     * Takes the agreement of an approved award to SIGNED: the applicant proposes these targets (in the indicators'
     * order), the reviewer accepts them (the agreement is printed and signed), the applicant accepts it.
     */
    public static void sign(WebClient applicant, WebClient reviewer, String number, String... targets) {
        String path = Applicants.pathOf(applicant, number);
        String reviewPath = "/reviewer/agreement.xhtml?id=" + Reviewers.idOf(applicant, number);
        applicant.get(path);
        expectRedirect(applicant.submit(path, "agreement", "propose", targets(targets)));
        reviewer.get(reviewPath);
        expectRedirect(reviewer.submit(reviewPath, "agreement-review", "accept-targets", Map.of()));
        applicant.get(path);
        expectRedirect(applicant.submit(path, "agreement", "accept", Map.of()));
    }

    private static void expectRedirect(java.net.http.HttpResponse<String> answer) {
        if (answer.statusCode() != 302) {
            throw new AssertionError(
                    "expected a redirect, got " + answer.statusCode() + ": " + Applicants.errors(answer.body()));
        }
    }

    /**
     * A case whose review concluded with an award of 200,000 yuan (a panel's, as the probes put it there) approved
     * after its notice, lettered, its five targets proposed and accepted, and its agreement accepted by the applicant:
     * signed. For KF-RC-TEAM, whose plan pays 50 % on signing and 30 % after the mid-term check.
     */
    public static void signedAfterConclusion(WebClient applicant, WebClient reviewer, String number, long id) {
        approvedAfterConclusion(reviewer, number, id);
        String path = "/applicant/application.xhtml?id=" + id;
        applicant.get(path);
        HttpResponse<String> proposed =
                applicant.submit(path, "agreement", "propose", targets("3", "500", "300", "10", "90"));
        assertEquals(302, proposed.statusCode(), () -> Applicants.errors(proposed.body()));
        String agreement = "/reviewer/agreement.xhtml?id=" + id;
        reviewer.get(agreement);
        assertEquals(
                302,
                reviewer.submit(agreement, "agreement-review", "accept-targets", Map.of())
                        .statusCode());
        applicant.get(path);
        assertEquals(
                302, applicant.submit(path, "agreement", "accept", Map.of()).statusCode());
    }

    /**
     * A case whose review concluded: approval of 200,000 yuan proposed, the notice ended, approved and lettered (the
     * letter drafts its agreement).
     */
    public static void approvedAfterConclusion(WebClient reviewer, String number, long id) {
        String review = "/reviewer/application.xhtml?id=" + id;
        Reviewers.step(
                reviewer,
                review,
                "propose",
                Map.of("review:amount_hinput", "200000", "review:amount-reason", "按评审结果核定"));
        NoticeClock.endNotice(number);
        String page = null;
        for (int i = 0; i < 40 && (page == null || !page.contains("id=\"review:approve\"")); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            page = reviewer.get(review).body();
        }
        Reviewers.step(reviewer, review, "approve", Map.of());
        Reviewers.step(reviewer, review, "issue-letter", Map.of());
    }

    /** A lease that passes the program's rules (as BudgetIT's): 30 million financed, 1.2 million interest paid. */
    public static Map<String, String> leasing() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("leasingAmount", "30000000");
        values.put("leaseTermMonths", "36");
        values.put("interestPaid", "1200000");
        values.put("feesPaid", "0");
        return values;
    }

    /** The targets form's fields with these values for the indicators in order (an empty one left empty). */
    public static Map<String, String> targets(String... values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            fields.put("indicators:" + i + ":target_input", values[i]);
            fields.put("indicators:" + i + ":target_hinput", values[i]);
        }
        return fields;
    }
}
