package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.bench.users.Tally.Outcome;
import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.BankSystem;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the users of a run do until it ends, each on a thread of their own, with a pause between steps (think time):
 * applicants start a credit application, save it twice, attach a file to each file field, submit it and read its
 * number, then start the next; reviewers take submitted applications into formal review and pass or reject those in
 * review, picking from the top of the queue, so that two of them sometimes pick the same one (an expected conflict);
 * banks ask about enterprises' eligibility. Every request goes into the {@link Tally}; what the server acknowledged
 * into the {@link Ledger}.
 *
 * <p>With {@code retry}, a user whose request was refused cleanly because the database was away (503, or "try
 * again" in the page) waits the Retry-After and does the step again, reading the page afresh first: a submission
 * that did land is then found submitted and acknowledged by its number rather than sent twice.
 */
final class Workload {

    static final String PROGRAM = "KF-XD-CREDIT";

    private final Tally tally;
    private final Ledger ledger;
    // volatile: the failover run ends its load when its last failover is done (endNow)
    private volatile long deadline;
    private final int thinkMillis;
    private final boolean retry;
    private final byte[] pdf = SampleFiles.plainPdf();
    private final ThreadLocal<String> retryAfter = new ThreadLocal<>();

    /** Steps refused cleanly and then tried again, and those that could not be done even so. */
    private final AtomicInteger retried = new AtomicInteger();

    private final AtomicInteger abandoned = new AtomicInteger();

    Workload(Tally tally, Ledger ledger, long deadlineNanos, int thinkMillis, boolean retry) {
        this.tally = tally;
        this.ledger = ledger;
        this.deadline = deadlineNanos;
        this.thinkMillis = thinkMillis;
        this.retry = retry;
    }

    /** Ends the run now: users finish the step under way (a retried one within a minute) and stop. */
    void endNow() {
        deadline = System.nanoTime();
    }

    boolean running() {
        return System.nanoTime() < deadline;
    }

    /** Whether a step under way may go on: until the end of the run, and with retries up to a minute after it. */
    private boolean mayGoOn() {
        long now = System.nanoTime();
        return now < deadline || (retry && now < deadline + 60_000_000_000L);
    }

    // --- applicants -------------------------------------------------------------------------------------------------

    void applicant(ApplicantUser user) {
        while (running()) {
            if (!oneApplication(user)) {
                pause(1000); // after an error: begin a new application rather than hammer a broken one
            }
        }
    }

    /** One application from start to number; false when a step ended in an error. */
    private boolean oneApplication(ApplicantUser user) {
        long id = -1;
        while (id < 0 && running()) {
            Outcome programs = step("applicant.programs", user::programs, r -> r.status() == 200);
            if (programs == Outcome.UNAVAILABLE && again()) {
                continue;
            }
            if (programs != Outcome.OK) {
                return false;
            }
            think();
            Reply[] started = new Reply[1];
            Outcome start = step(
                    "applicant.start",
                    () -> started[0] = user.start(PROGRAM),
                    r -> r.status() == 302 && ApplicantUser.startedId(r) > 0);
            if (start == Outcome.UNAVAILABLE && again()) {
                continue;
            }
            if (start != Outcome.OK) {
                return false;
            }
            id = ApplicantUser.startedId(started[0]);
        }
        if (id < 0) {
            return true; // the run ended before an application was started
        }
        String value = "0";
        for (int i = 0; i < 2; i++) {
            value = String.valueOf(ThreadLocalRandom.current().nextInt(1, 100_000));
            if (!save(user, id, value)) {
                return false;
            }
        }
        if (!attachAll(user, id)) {
            return false;
        }
        return submit(user, id, value);
    }

    private boolean save(ApplicantUser user, long id, String value) {
        while (mayGoOn()) {
            think();
            Outcome open = step("applicant.open", () -> user.open(id), Workload::isApplicationPage);
            if (open == Outcome.UNAVAILABLE && again()) {
                continue;
            }
            if (open != Outcome.OK) {
                return false;
            }
            think();
            Outcome saved = step(
                    "applicant.save",
                    () -> user.save(id, Map.of(Ledger.SAVED_FIELD, value)),
                    r -> r.status() == 200 && r.body().contains("草稿已保存"));
            if (saved == Outcome.OK) {
                ledger.saved(id, value, user.username());
                return true;
            }
            if (!(saved == Outcome.UNAVAILABLE && again())) {
                return false;
            }
        }
        return false;
    }

    /** A file for each file field the page still offers; a refused upload is tried again from a fresh page. */
    private boolean attachAll(ApplicantUser user, long id) {
        while (mayGoOn()) {
            think();
            Outcome open = step("applicant.open", () -> user.open(id), Workload::isApplicationPage);
            if (open == Outcome.UNAVAILABLE && again()) {
                continue;
            }
            if (open != Outcome.OK) {
                return false;
            }
            List<String> uploaders = user.uploaders();
            if (uploaders.isEmpty()) {
                return true;
            }
            think();
            Outcome uploaded = step(
                    "applicant.upload",
                    () -> user.upload(id, uploaders.get(0), "材料.pdf", pdf),
                    r -> r.status() == 200 && r.body().contains("已上传"));
            if (uploaded == Outcome.UNAVAILABLE && again()) {
                continue;
            }
            if (uploaded != Outcome.OK) {
                return false;
            }
        }
        return false;
    }

    private boolean submit(ApplicantUser user, long id, String value) {
        boolean sent = false;
        // once the submission is acknowledged, its number is read even if the run has ended meanwhile
        while (sent || mayGoOn()) {
            think();
            Outcome open = step("applicant.open", () -> user.open(id), Workload::isApplicationPage);
            if (open == Outcome.UNAVAILABLE && again()) {
                continue;
            }
            if (open != Outcome.OK) {
                return false;
            }
            String number = ApplicantUser.numberOn(user.page());
            if (number != null) {
                // submitted: after the 302, or on a retry, a submission whose answer was lost but which landed
                ledger.submitted(number, id, user.username());
                return true;
            }
            if (sent) {
                return false; // acknowledged with a 302, but the page shows no number
            }
            think();
            Outcome submitted = step(
                    "applicant.submit",
                    () -> user.submit(id, Map.of(Ledger.SAVED_FIELD, value)),
                    r -> r.status() == 302 && r.location().contains("/applicant/applications.xhtml"));
            if (submitted == Outcome.OK) {
                sent = true;
                continue;
            }
            if (!(submitted == Outcome.UNAVAILABLE && again())) {
                return false;
            }
        }
        return false;
    }

    static boolean isApplicationPage(Reply r) {
        return r.status() == 200 && r.body().contains("<form id=\"app\"");
    }

    // --- reviewers --------------------------------------------------------------------------------------------------

    void reviewer(ReviewerUser user, String username) {
        while (running()) {
            boolean take = ThreadLocalRandom.current().nextInt(10) < 6;
            Reply[] queue = new Reply[1];
            Outcome listed = step(
                    "reviewer.queue",
                    () -> queue[0] = user.queue(take ? "SUBMITTED" : "FORMAL_REVIEW"),
                    r -> r.status() == 200 && r.body().contains("id=\"queue\""));
            if (listed != Outcome.OK) {
                pauseAfter(listed);
                continue;
            }
            List<Long> ids = ReviewerUser.listed(queue[0]);
            think();
            if (ids.isEmpty()) {
                continue;
            }
            long id = ids.get(ThreadLocalRandom.current().nextInt(Math.min(3, ids.size())));
            Outcome open = step(
                    "reviewer.open",
                    () -> user.open(id),
                    r -> r.status() == 200 && r.body().contains("<form id=\"review\""));
            if (open != Outcome.OK) {
                pauseAfter(open);
                continue;
            }
            think();
            if (user.offers("start-review")) {
                Outcome took =
                        step("reviewer.take", () -> user.press(id, "start-review", Map.of()), r -> r.status() == 302);
                if (took == Outcome.OK) {
                    ledger.taken(id, username);
                }
                pauseAfter(took);
            } else if (user.offers("pass")) {
                boolean pass = ThreadLocalRandom.current().nextInt(10) < 7;
                Outcome decided = step(
                        "reviewer.decide",
                        () -> pass
                                ? user.press(id, "pass", Map.of())
                                : user.press(id, "reject", Map.of("reject-reason", "负载测试：材料不全。")),
                        r -> r.status() == 302);
                if (decided == Outcome.OK) {
                    ledger.decided(id, pass ? "PASS_FORMAL_REVIEW" : "REJECT", username);
                }
                pauseAfter(decided);
            }
            // otherwise another reviewer moved it on between the queue and the page: nothing to do here
        }
    }

    // --- banks ------------------------------------------------------------------------------------------------------

    void bank(BankSystem bank, List<String> creditCodes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (running()) {
            think();
            if (random.nextInt(10) == 0) {
                List<String> some = creditCodes.subList(0, Math.min(5, creditCodes.size()));
                Outcome asked = step(
                        "bank.batch",
                        () -> bank.batch(some),
                        r -> r.status() == 200 && r.body().startsWith("["));
                pauseAfter(asked);
            } else {
                String code = creditCodes.get(random.nextInt(creditCodes.size()));
                String language = random.nextBoolean() ? "zh-CN" : "en";
                Outcome asked;
                do {
                    asked = step(
                            "bank.eligibility",
                            () -> bank.eligibility(code, language),
                            r -> r.status() == 200 && r.body().contains("\"creditCode\""));
                } while (asked == Outcome.UNAVAILABLE && again());
                pauseAfter(asked);
            }
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------------------------

    private Outcome step(String kind, Supplier<Reply> request, Predicate<Reply> ok) {
        Reply reply = request.get();
        retryAfter.set(reply.header("Retry-After"));
        return tally.record(kind, reply, ok);
    }

    /** After a clean refusal, whether to try again (after the Retry-After); false ends the step as failed. */
    private boolean again() {
        if (!retry) {
            return false;
        }
        if (!mayGoOn()) {
            abandoned.incrementAndGet();
            return false;
        }
        retried.incrementAndGet();
        pauseRetryAfter();
        return true;
    }

    int retried() {
        return retried.get();
    }

    int abandoned() {
        return abandoned.get();
    }

    /** The Retry-After of the last refusal this thread got, in seconds (the server says 5). */
    private void pauseRetryAfter() {
        String seconds = retryAfter.get();
        pause(seconds != null && seconds.matches("\\d{1,3}") ? Long.parseLong(seconds) * 1000 : 5000);
    }

    private void pauseAfter(Outcome outcome) {
        if (outcome == Outcome.UNAVAILABLE) {
            pauseRetryAfter();
        } else if (outcome == Outcome.ERROR) {
            pause(1000);
        }
    }

    private void think() {
        if (thinkMillis > 0) {
            pause(ThreadLocalRandom.current().nextInt(2 * thinkMillis + 1));
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
