package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People in the middle of their work when the node serving them is killed. Three kills: (1) an applicant's draft is
 * open, a value typed but not yet saved; after the kill the Save button is pressed on the page as it was (its view
 * state from the dead node) and the value must be saved by the other node. (2) The applicant submits; the node that
 * answered is killed before the browser follows the redirect, and the "submitted" message kept for the next page
 * (JSF's flash) must be shown by the other node. (3) A reviewer has taken the application into review and has its
 * page open; after the kill the rejection, with its reason typed before the kill, must be done by the other node.
 * Each time: the session kept (no sign-in page), the answer and what the database holds.
 */
final class FailoverSessions {

    private final Failover run;

    FailoverSessions(Failover run) {
        this.run = run;
    }

    void run() throws Exception {
        System.out.println("=== Sessions: an applicant mid-draft and a reviewer mid-review, their node killed ===");
        ApplicantUser applicant =
                Run.applicants(run.base, "failover." + Run.tag(), 1).get(0).user();
        applicant.programs();
        Reply started = applicant.start(Workload.PROGRAM);
        long id = ApplicantUser.startedId(started);
        run.check(id > 0, "the applicant starts a draft through the balancer");
        if (id <= 0) {
            return;
        }
        applicant.open(id);
        Reply saved = applicant.save(id, Map.of(Ledger.SAVED_FIELD, "111"));
        run.check(saved.body().contains("草稿已保存"), "the draft is saved before the kill");
        byte[] pdf = SampleFiles.plainPdf();
        for (int i = 0; i < 5; i++) {
            applicant.open(id);
            List<String> uploaders = applicant.uploaders();
            if (uploaders.isEmpty()) {
                break;
            }
            applicant.upload(id, uploaders.get(0), "材料.pdf", pdf);
        }
        Reply page = applicant.open(id); // the page the applicant types into; then their node dies

        // (1) the Save button on the open page, after its node died
        int node = Failover.nodeOf(applicant.client());
        long killed = run.kill(node);
        Reply afterKill = applicant.save(id, Map.of(Ledger.SAVED_FIELD, "222"));
        double took = (System.nanoTime() - killed) / 1e9;
        boolean kept = !Failover.signedOut(afterKill);
        boolean savedAfter = afterKill.status() == 200 && afterKill.body().contains("草稿已保存");
        String stored = formValue(id);
        System.out.printf(
                Locale.ROOT,
                "  (1) node%d killed while a draft was open; Save on the open page %.2f s later, answered by node%d:"
                        + " HTTP %d, %s; session %s; the database holds %s = %s%n",
                node,
                took,
                Failover.nodeOf(applicant.client()),
                afterKill.status(),
                savedAfter ? "\"草稿已保存\"" : describe(afterKill),
                kept ? "kept" : "LOST",
                Ledger.SAVED_FIELD,
                stored);
        run.check(kept, "the applicant's session survives the kill of their node");
        run.check(
                savedAfter && "222".equals(stored),
                "the value typed before the kill is saved from the open page after it");
        run.start(node);

        // (2) submitted; the answering node dies before the redirect is followed
        applicant.open(id);
        Reply submitted = applicant.submit(id, Map.of(Ledger.SAVED_FIELD, "222"));
        int submitNode = Failover.nodeOf(applicant.client());
        run.check(submitted.status() == 302, "the application is submitted (" + Failover.snippet(submitted) + ")");
        run.kill(submitNode);
        Reply next = applicant.client().get(path(submitted.location()));
        boolean flash = next.status() == 200 && next.body().contains("申请已提交");
        String number = number(id);
        System.out.printf(
                "  (2) submitted on node%d (number %s), node%d killed before the redirect was followed; the next page,"
                        + " from node%d: HTTP %d, %s%n",
                submitNode,
                number,
                submitNode,
                Failover.nodeOf(applicant.client()),
                next.status(),
                flash ? "shows \"申请已提交\" (the flash message)" : "WITHOUT the message: " + describe(next));
        run.check(!Failover.signedOut(next), "the session survives the kill between a post and its redirect");
        run.check(flash, "a message kept for the next page (JSF flash) is shown by the other node");
        run.check(number != null, "the submitted application has its number");
        run.start(submitNode);

        // (3) the reviewer takes the application, opens it, types a reason; their node dies; they press reject
        ReviewerUser reviewer = Run.reviewers(run.base, 1).get(0);
        reviewer.open(id);
        Reply taken = reviewer.press(id, "start-review", Map.of());
        run.check(taken.status() == 302, "the reviewer takes the application into review");
        reviewer.open(id);
        run.check(reviewer.offers("reject"), "the review page offers the rejection");
        int reviewNode = Failover.nodeOf(reviewer.client());
        run.kill(reviewNode);
        Reply rejected = reviewer.press(id, "reject", Map.of("reject-reason", "故障转移测试：材料不全。"));
        boolean done = rejected.status() == 302;
        String status = status(id);
        System.out.printf(
                "  (3) node%d killed while the reviewer had the page open; reject pressed on it, answered by node%d:"
                        + " %s; the application is now %s%n",
                reviewNode, Failover.nodeOf(reviewer.client()), done ? "302 (done)" : describe(rejected), status);
        run.check(!Failover.signedOut(rejected), "the reviewer's session survives the kill of their node");
        run.check(
                done && "REJECTED".equals(status), "the reviewer's decision on the page open before the kill is done");
        run.start(reviewNode);
    }

    /** How an unexpected answer looked: JSF's friendly "page expired" page is named as such. */
    private static String describe(Reply reply) {
        if (reply.body().contains("id=\"back-home\"") && reply.status() == 400) {
            return "the \"page expired\" page (400)";
        }
        return Failover.snippet(reply);
    }

    /** A Location header as a path for the client, which prefixes its own base. */
    static String path(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private String formValue(long id) throws Exception {
        String values = single("SELECT form_values FROM application WHERE id = ?", id);
        return values == null ? null : Ledger.field(values, Ledger.SAVED_FIELD);
    }

    private String number(long id) throws Exception {
        return single("SELECT number FROM application WHERE id = ?", id);
    }

    private String status(long id) throws Exception {
        return single("SELECT status FROM application WHERE id = ?", id);
    }

    private String single(String sql, long id) throws Exception {
        try (Connection db = run.database();
                PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
