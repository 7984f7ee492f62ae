package cn.kaifeng.tfs.bench.bank;

import static cn.kaifeng.tfs.bench.bank.BankPopulation.BY;
import static cn.kaifeng.tfs.bench.bank.BankPopulation.ZONE;

import cn.kaifeng.tfs.bank.pdf.EligibleListPdf;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Part of the benchmark fixture {@link BankPopulation}: a program's eligible list over the seeded letters. */
final class SeededList {

    private static final int VALID_MONTHS = 12;

    /** A published program version the fixture applies to. */
    record Program(String code, int version, String hash, String name) {}

    private SeededList() {}

    /**
     * A new version of the program's list, published 30 days ago, with every approval in force that day, as
     * EligibleListService.publish selects them (the demo's letters included); the counter moves on so that the
     * server's next publication takes the version after it.
     */
    static int publish(Connection c, Program p, Instant published, long listId) throws SQLException {
        LocalDate day = published.atZone(ZONE).toLocalDate();
        int version = (int) single(
                c, "SELECT COALESCE(MAX(version), 0) + 1 FROM eligible_list WHERE program_code = '" + p.code() + "'");
        List<String[]> table = new ArrayList<>();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("序号,企业名称,统一社会信用代码,核定支持金额（元）,决定书文号,验证码,有效期起,有效期止\r\n");
        List<Object[]> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT l.id, l.number, l.verification_code, l.amount,"
                + " l.issued_at, o.id, o.credit_code, o.name FROM letter l JOIN application a ON a.id = l.application_id"
                + " JOIN organisation o ON o.id = a.organisation_id WHERE a.program_code = ? AND l.kind = 'APPROVAL'"
                + " AND l.revoked_at IS NULL AND l.amount IS NOT NULL AND o.credit_code IS NOT NULL"
                + " AND l.issued_at <= ? ORDER BY l.issued_at, l.number")) {
            s.setString(1, p.code());
            s.setTimestamp(2, Timestamp.from(published));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate from = r.getTimestamp(5).toInstant().atZone(ZONE).toLocalDate();
                    LocalDate until = from.plusMonths(VALID_MONTHS).minusDays(1);
                    if (day.isAfter(until)) {
                        continue;
                    }
                    int n = entries.size() + 1;
                    BigDecimal amount = r.getBigDecimal(4);
                    entries.add(new Object[] {
                        r.getLong(1), r.getLong(6), r.getString(7), r.getString(8), amount, from, until
                    });
                    table.add(new String[] {
                        String.valueOf(n),
                        r.getString(8),
                        r.getString(7),
                        amount.toPlainString(),
                        r.getString(2),
                        r.getString(3),
                        from + " 至 " + until
                    });
                    csv.append(String.join(
                                    ",",
                                    String.valueOf(n),
                                    r.getString(8),
                                    r.getString(7),
                                    amount.toPlainString(),
                                    r.getString(2),
                                    r.getString(3),
                                    from.toString(),
                                    until.toString()))
                            .append("\r\n");
                }
            }
        }
        byte[] pdf = new EligibleListPdf(new LetterFonts())
                .render(
                        new EligibleListPdf.Heading(
                                p.name() + " 支持名单（第 " + version + " 版，基准测试数据）",
                                "名单编号 " + p.code() + "-v" + version + "；发布日期 " + day + "；共 " + entries.size()
                                        + " 家。基准测试数据，非真实名单。",
                                "发布单位：基准测试"),
                        table);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO eligible_list (id, program_code, version,"
                + " published_by, published_at, entries, csv, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, listId);
            s.setString(2, p.code());
            s.setInt(3, version);
            s.setString(4, BY);
            s.setTimestamp(5, Timestamp.from(published));
            s.setInt(6, entries.size());
            s.setBytes(7, csv.toString().getBytes(StandardCharsets.UTF_8));
            s.setBytes(8, pdf);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO eligible_list_entry (eligible_list_id, letter_id,"
                + " enterprise_id, credit_code, organisation_name, amount, valid_from, valid_until)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] e : entries) {
                s.setLong(1, listId);
                s.setLong(2, (Long) e[0]);
                s.setLong(3, (Long) e[1]);
                s.setString(4, (String) e[2]);
                s.setString(5, (String) e[3]);
                s.setBigDecimal(6, (BigDecimal) e[4]);
                s.setDate(7, Date.valueOf((LocalDate) e[5]));
                s.setDate(8, Date.valueOf((LocalDate) e[6]));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO number_counter (prefix, counter_year, last_value)"
                        + " VALUES (?, 0, ?) ON CONFLICT (prefix, counter_year) DO UPDATE SET last_value = EXCLUDED.last_value")) {
            s.setString(1, "W:" + p.code());
            s.setInt(2, version);
            s.executeUpdate();
        }
        return entries.size();
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
