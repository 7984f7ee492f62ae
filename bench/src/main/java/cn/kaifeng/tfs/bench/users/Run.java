package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import cn.kaifeng.tfs.bench.web.ReviewerUser;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/** What the runs share: their settings from the environment, and signing users in before the clock starts. */
final class Run {

    /** The demo enterprise, which has authorised the demo bank. */
    static final String DEMO_ENTERPRISE = "91410200MA45DE001J";

    static final String DEMO_PASSWORD = "Demo#Kaifeng2026";

    private Run() {}

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int env(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }

    /** A tag for the run's user names: short, so "load.<tag>.<n>" stays within the 32 characters a name may have. */
    static String tag() {
        return Long.toString(System.currentTimeMillis() / 1000, 36);
    }

    /** A credit code with a valid check character, in Kaifeng (410200), unlikely to repeat. */
    static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91410200");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString()))
                .toString();
    }

    /** A new enterprise with its applicant, registered and signed in. */
    record NewApplicant(ApplicantUser user, String creditCode) {}

    /**
     * Registers and signs in applicants of new enterprises, several at once, each verified by demo.reviewer; fails if
     * any cannot.
     */
    static List<NewApplicant> applicants(String base, String prefix, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(count, 8)));
        ReviewerUser bureau = new ReviewerUser(base, "demo.reviewer");
        Reply signedIn = bureau.login(DEMO_PASSWORD);
        require(signedIn.status() == 302, "sign in demo.reviewer", signedIn);
        try {
            List<Future<NewApplicant>> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = prefix + "." + i;
                all.add(pool.submit(() -> {
                    ApplicantUser user = new ApplicantUser(base, username);
                    String code = creditCode();
                    Reply registered = user.register("负载测试企业 " + username, code);
                    require(registered.status() == 302, "register " + username, registered);
                    Reply login = user.login(ApplicantUser.PASSWORD);
                    require(login.status() == 302, "sign in " + username, login);
                    // an enterprise may submit only once the bureau has verified its claim to the credit code
                    Reply sent = user.sendVerification(SampleFiles.plainPdf());
                    require(sent.status() == 302, "send the verification documents of " + username, sent);
                    Reply approved;
                    synchronized (bureau) {
                        approved = bureau.approveClaim(code);
                    }
                    require(approved.status() == 302, "approve the claim of " + username, approved);
                    return new NewApplicant(user, code);
                }));
            }
            List<NewApplicant> users = new ArrayList<>();
            for (Future<NewApplicant> f : all) {
                users.add(f.get());
            }
            return users;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reviewers signed in, alternately as the two demo reviewers (one session each). */
    static List<ReviewerUser> reviewers(String base, int count) {
        List<ReviewerUser> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReviewerUser user = new ReviewerUser(base, reviewerName(i));
            Reply login = user.login(DEMO_PASSWORD);
            require(login.status() == 302, "sign in " + reviewerName(i), login);
            users.add(user);
        }
        return users;
    }

    static String reviewerName(int i) {
        return i % 2 == 0 ? "demo.reviewer" : "demo.reviewer2";
    }

    static void require(boolean condition, String what, Reply reply) {
        if (!condition) {
            throw new IllegalStateException(what + " failed: HTTP " + reply.status() + " "
                    + (reply.failure() != null
                            ? reply.failure()
                            : reply.body()
                                    .substring(0, Math.min(300, reply.body().length()))));
        }
    }
}
