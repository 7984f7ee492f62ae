package cn.kaifeng.tfs.bench.users;

import cn.kaifeng.tfs.attachment.SampleFiles;
import cn.kaifeng.tfs.bench.web.ApplicantUser;
import cn.kaifeng.tfs.bench.web.PageClient.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The attachment store as a fault (mode {@code storage} of {@link Faults}): the store full, then read-only. Uploads
 * (by a Chinese and an English user) and a removal are refused with a message in the user's language, and afterwards
 * no attachment record lacks its file, no file lacks its record, no partial upload is left, and the draft's other
 * content is as it was; writable again, the upload succeeds and the application can be submitted.
 */
final class StoreFaults {

    private final Faults run;

    StoreFaults(Faults run) {
        this.run = run;
    }

    /** The store full, then read-only, then writable again. */
    void storage() throws Exception {
        Path store = Path.of(Run.env("TFS_FILES_DIR", "/tmp/tfs-files"));
        System.out.println("=== Attachment store full, then read-only (" + store + ") ===");
        List<Run.NewApplicant> people = Run.applicants(run.base, "store." + Run.tag(), 2);
        ApplicantUser chinese = people.get(0).user();
        ApplicantUser english = people.get(1).user();
        run.check(english.useEnglish().status() == 200, "the second applicant switches to English");
        Map<ApplicantUser, Long> drafts = new LinkedHashMap<>();
        Map<ApplicantUser, String> values = Map.of(chinese, "4242", english, "4343");
        for (ApplicantUser user : List.of(chinese, english)) {
            long id = run.draft(user);
            drafts.put(user, id);
            user.open(id);
            run.check(
                    user.save(id, Map.of(Ledger.SAVED_FIELD, values.get(user)))
                            .body()
                            .contains("<li class=\"tfs-message-info\">"),
                    "the draft saves");
            user.open(id);
            run.check(
                    uploaded(user.upload(id, user.uploaders().get(0), "材料.pdf", SampleFiles.plainPdf())),
                    "a first file uploads while the store is fine");
        }
        consistent("before any fault", store, drafts, values, 1);

        run.command("STORE_FILL");
        System.out.println("store full:");
        refusedUploads(drafts, "文件暂时无法保存", "could not be stored just now");
        consistent("store full", store, drafts, values, 1);

        run.command("STORE_UNFILL");
        run.command("STORE_READONLY");
        System.out.println("store read-only:");
        refusedUploads(drafts, "文件暂时无法保存", "could not be stored just now");
        chinese.open(drafts.get(chinese));
        Matcher remove =
                Pattern.compile("id=\"app:(slots:\\d+:files:\\d+:remove)\"").matcher(chinese.page());
        run.check(remove.find(), "the uploaded file offers removal");
        Reply removal = chinese.client()
                .ajax(
                        ApplicantUser.path(drafts.get(chinese)),
                        "app",
                        remove.group(1),
                        "app:" + remove.group(1),
                        "app:attachments messages",
                        Map.of());
        boolean refusedRemoval = removal.status() == 200 && removal.body().contains("附件存储暂时不可用");
        System.out.printf(
                "  removal (zh): HTTP %d, %s%n",
                removal.status(),
                refusedRemoval ? "refused: \"附件存储暂时不可用…\"" : "NOT REFUSED: " + Faults.snippet(removal));
        run.check(refusedRemoval, "a removal from a read-only store is refused with a message (its file could not go)");
        consistent("store read-only", store, drafts, values, 1);

        run.command("STORE_WRITABLE");
        System.out.println("store writable again:");
        for (ApplicantUser user : drafts.keySet()) {
            long id = drafts.get(user);
            user.open(id);
            run.check(
                    uploaded(user.upload(id, user.uploaders().get(0), "材料.pdf", SampleFiles.plainPdf())),
                    user.username() + " uploads again");
        }
        consistent("writable again", store, drafts, values, 2);
        long id = drafts.get(chinese);
        chinese.open(id);
        Reply submitted = chinese.submit(id, Map.of(Ledger.SAVED_FIELD, values.get(chinese)));
        String number = submitted.status() == 302
                ? ApplicantUser.numberOn(chinese.open(id).body())
                : null;
        System.out.println(
                "  the application is submitted: " + (number != null ? number : "NO: " + Faults.snippet(submitted)));
        run.check(number != null, "the draft, intact, is submitted after the store is writable again");
    }

    private void refusedUploads(Map<ApplicantUser, Long> drafts, String chinese, String english) {
        boolean first = true;
        for (Map.Entry<ApplicantUser, Long> d : drafts.entrySet()) {
            ApplicantUser user = d.getKey();
            user.open(d.getValue());
            Reply reply = user.upload(d.getValue(), user.uploaders().get(0), "材料.pdf", SampleFiles.plainPdf());
            String expected = first ? chinese : english;
            boolean told = reply.status() == 200
                    && reply.body().contains(expected)
                    && !reply.body().contains("<error>");
            System.out.printf(
                    "  upload (%s): HTTP %d, %s%n",
                    first ? "zh" : "en",
                    reply.status(),
                    told ? "refused: \"" + expected + "…\"" : "NOT AS EXPECTED: " + Faults.snippet(reply));
            run.check(told, "an upload into the faulty store is refused with a message in the user's language");
            first = false;
        }
    }

    /**
     * The store and the records agree: each attachment of the drafts has its file, whole (size and SHA-256); no file
     * in the store lacks a record; nothing is left in the incoming folder; the drafts hold what was saved.
     */
    private void consistent(
            String when,
            Path store,
            Map<ApplicantUser, Long> drafts,
            Map<ApplicantUser, String> values,
            int expectedPerDraft)
            throws SQLException, IOException {
        Set<String> keys = new HashSet<>();
        int rows = 0;
        int whole = 0;
        List<String> problems = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(run.jdbcUrl, run.jdbcUser, run.jdbcPassword)) {
            try (PreparedStatement all = db.prepareStatement("SELECT storage_key FROM attachment");
                    ResultSet r = all.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
            for (Map.Entry<ApplicantUser, Long> d : drafts.entrySet()) {
                int mine = 0;
                try (PreparedStatement q = db.prepareStatement(
                        "SELECT storage_key, size_bytes, sha256 FROM attachment WHERE application_id = ?")) {
                    q.setLong(1, d.getValue());
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            mine++;
                            Path file = store.resolve(r.getString(1));
                            if (Files.isRegularFile(file)
                                    && Files.size(file) == r.getLong(2)
                                    && sha256(file).equals(r.getString(3))) {
                                whole++;
                            } else {
                                problems.add("attachment " + r.getString(1) + " has no whole file");
                            }
                        }
                    }
                }
                rows += mine;
                if (mine != expectedPerDraft) {
                    problems.add("application " + d.getValue() + " has " + mine + " attachments, expected "
                            + expectedPerDraft);
                }
                try (PreparedStatement q =
                        db.prepareStatement("SELECT form_values, status FROM application WHERE id = ?")) {
                    q.setLong(1, d.getValue());
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        String stored = Ledger.field(r.getString(1), Ledger.SAVED_FIELD);
                        if (!values.get(d.getKey()).equals(stored) || !"DRAFT".equals(r.getString(2))) {
                            problems.add("application " + d.getValue() + " changed: " + Ledger.SAVED_FIELD + "="
                                    + stored + ", " + r.getString(2));
                        }
                    }
                }
            }
        }
        List<Path> orphans;
        List<Path> partial;
        try (Stream<Path> files = Files.walk(store)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            partial = all.stream()
                    .filter(p -> p.startsWith(store.resolve("incoming")))
                    .toList();
            orphans = all.stream()
                    .filter(p -> !p.startsWith(store.resolve("incoming")))
                    .filter(p -> !p.getFileName().toString().startsWith("filler"))
                    .filter(p -> !keys.contains(store.relativize(p).toString()))
                    .toList();
        }
        orphans.forEach(p -> problems.add("file without a record: " + p));
        partial.forEach(p -> problems.add("partial upload left: " + p));
        System.out.printf(
                "  %s: attachment records %d, with their whole file %d; files without a record %d;"
                        + " partial uploads %d; drafts' saved values intact: %s%n",
                when,
                rows,
                whole,
                orphans.size(),
                partial.size(),
                problems.stream().noneMatch(p -> p.contains("changed")) ? "yes" : "NO");
        problems.forEach(p -> System.out.println("    " + p));
        run.check(problems.isEmpty(), "store and records agree (" + when + ")");
    }

    private static boolean uploaded(Reply reply) {
        return reply.status() == 200
                && (reply.body().contains("已上传") || reply.body().contains("Uploaded"));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
