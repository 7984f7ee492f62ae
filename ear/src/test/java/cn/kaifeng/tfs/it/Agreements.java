package cn.kaifeng.tfs.it;

import cn.kaifeng.tfs.it.persistence.NoticeClock;
import cn.kaifeng.tfs.testkit.WebClient;
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
