package cn.kaifeng.tfs.bench.users;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * What the server acknowledged during a run, to be found in the database afterwards exactly as acknowledged (no
 * lost updates): every submission acknowledged with a number exists once under that number, and no submission of
 * the run's applicants exists that was not acknowledged; every draft holds the value of its last acknowledged save;
 * every application a reviewer was told they took or decided has exactly one such step on its record, and it is the
 * one acknowledged.
 */
final class Ledger {

    /** The draft field whose value each save changes: a number on the credit program's form. */
    static final String SAVED_FIELD = "employees";

    record Ack(long applicationId, String value, String actor, long atNanos) {}

    /** What the check found: how many acknowledgements it looked at, and what did not hold. */
    record Check(int checked, List<String> problems) {
        boolean holds() {
            return problems.isEmpty();
        }
    }

    private final Map<String, Ack> submitted = new ConcurrentHashMap<>();
    private final Map<Long, Ack> saved = new ConcurrentHashMap<>();
    private final List<Ack> taken = new CopyOnWriteArrayList<>();
    private final List<Ack> decided = new CopyOnWriteArrayList<>();

    void submitted(String number, long applicationId, String applicant) {
        submitted.put(number, new Ack(applicationId, number, applicant, System.nanoTime()));
    }

    void saved(long applicationId, String value, String applicant) {
        saved.put(applicationId, new Ack(applicationId, value, applicant, System.nanoTime()));
    }

    void taken(long applicationId, String reviewer) {
        taken.add(new Ack(applicationId, "START_REVIEW", reviewer, System.nanoTime()));
    }

    /** A decision acknowledged: PASS_FORMAL_REVIEW or REJECT. */
    void decided(long applicationId, String move, String reviewer) {
        decided.add(new Ack(applicationId, move, reviewer, System.nanoTime()));
    }

    int submissions() {
        return submitted.size();
    }

    int saves() {
        return saved.size();
    }

    int takes() {
        return taken.size();
    }

    int decisions() {
        return decided.size();
    }

    /**
     * What had been acknowledged at a moment, counted then: {@code acknowledged} of every kind, and the drafts among
     * them with a save.
     */
    record Snapshot(long atNanos, int acknowledged, Set<Long> savedDrafts) {}

    /**
     * Acknowledgements given before a moment (System.nanoTime()), of every kind, counted now. A draft counts once,
     * by its last save so far, as the database keeps only that.
     */
    Snapshot snapshot(long nanos) {
        Set<Long> drafts = saved.values().stream()
                .filter(a -> a.atNanos() < nanos)
                .map(Ack::applicationId)
                .collect(Collectors.toSet());
        long others =
                submitted.values().stream().filter(a -> a.atNanos() < nanos).count()
                        + taken.stream().filter(a -> a.atNanos() < nanos).count()
                        + decided.stream().filter(a -> a.atNanos() < nanos).count();
        return new Snapshot(nanos, (int) others + drafts.size(), drafts);
    }

    /**
     * Drafts of the snapshot saved again after it. {@link #verify} with the snapshot's moment passes them over, as it
     * only knows a draft's last save, and the database holds the later value. The whole run's check compares that
     * later value.
     */
    int savedAgainSince(Snapshot before) {
        return (int) before.savedDrafts().stream()
                .filter(id -> saved.get(id).atNanos() >= before.atNanos())
                .count();
    }

    /**
     * Checks every acknowledgement given before {@code beforeNanos} (Long.MAX_VALUE: all) against the database, and
     * that the applicants have no submitted application beyond those acknowledged.
     */
    Check verify(String jdbcUrl, String user, String password, Collection<String> applicants, long beforeNanos)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            for (Map.Entry<String, Ack> s : submitted.entrySet()) {
                if (s.getValue().atNanos() >= beforeNanos) {
                    continue;
                }
                checked++;
                List<Long> ids = longs(db, "SELECT id FROM application WHERE number = ?", s.getKey());
                if (ids.size() != 1 || ids.get(0) != s.getValue().applicationId()) {
                    problems.add("submission " + s.getKey() + " (application "
                            + s.getValue().applicationId() + ") acknowledged, found as " + ids);
                }
            }
            if (beforeNanos == Long.MAX_VALUE && !applicants.isEmpty()) {
                String in = String.join(",", applicants.stream().map(a -> "?").toList());
                try (PreparedStatement q = db.prepareStatement(
                        "SELECT count(*) FROM application WHERE number IS NOT NULL AND created_by IN (" + in + ")")) {
                    int i = 1;
                    for (String a : applicants) {
                        q.setString(i++, a);
                    }
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        long found = r.getLong(1);
                        if (found != submitted.size()) {
                            problems.add("the run's applicants have " + found + " submitted applications, "
                                    + submitted.size() + " acknowledged");
                        }
                    }
                }
            }
            for (Ack s : saved.values()) {
                if (s.atNanos() >= beforeNanos) {
                    continue;
                }
                checked++;
                String values = string(db, "SELECT form_values FROM application WHERE id = ?", s.applicationId());
                String stored = values == null ? null : field(values, SAVED_FIELD);
                if (!s.value().equals(stored)) {
                    problems.add("application " + s.applicationId() + ": " + SAVED_FIELD + " saved as " + s.value()
                            + ", stored " + stored);
                }
            }
            checked += steps(db, taken, List.of("START_REVIEW"), beforeNanos, problems);
            checked += steps(
                    db, decided, List.of("PASS_FORMAL_REVIEW", "REJECT", "RETURN_FOR_REVISION"), beforeNanos, problems);
        }
        return new Check(checked, problems);
    }

    /** Each acknowledged step is the only one of its kinds on the application's record, by the acknowledged actor. */
    private static int steps(Connection db, List<Ack> acks, List<String> kinds, long beforeNanos, List<String> problems)
            throws SQLException {
        int checked = 0;
        String in = String.join(",", kinds.stream().map(k -> "'" + k + "'").toList());
        for (Ack a : acks) {
            if (a.atNanos() >= beforeNanos) {
                continue;
            }
            checked++;
            List<String> recorded = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT kind, actor FROM application_event"
                    + " WHERE application_id = ? AND kind IN (" + in + ") ORDER BY at")) {
                q.setLong(1, a.applicationId());
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        recorded.add(r.getString(1) + " by " + r.getString(2));
                    }
                }
            }
            if (!recorded.equals(List.of(a.value() + " by " + a.actor()))) {
                problems.add("application " + a.applicationId() + ": " + a.value() + " by " + a.actor()
                        + " acknowledged, recorded " + recorded);
            }
        }
        return checked;
    }

    private static List<Long> longs(Connection db, String sql, String parameter) throws SQLException {
        List<Long> all = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    all.add(r.getLong(1));
                }
            }
        }
        return all;
    }

    private static String string(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** A field of the stored form values (JSON), as text; null if absent. */
    static String field(String json, String name) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject values = reader.readObject();
            JsonValue value = values.get(name);
            if (value == null) {
                return null;
            }
            return value.getValueType() == JsonValue.ValueType.STRING ? values.getString(name) : value.toString();
        }
    }
}
