package cn.kaifeng.tfs.letter.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a letter says, filled and ready to lay out; nothing here is looked up while rendering. Built by
 * {@link LetterComposer} from the case.
 *
 * @param facts label and value rows of the summary table (项目, 申请编号, 决定, 金额 ...)
 * @param scores the score breakdown rows; empty when the case was decided before it was scored
 * @param passRule the pass rule in words, printed under the score table
 * @param clauses the policy clauses relied on, each as 《title》clause
 * @param appealRoute how to appeal, on rejections; null on approvals
 * @param programText the program's own words, the same whatever the case: its letter texts with their
 *     placeholders, the names of its sections and criteria, the words every letter prints. A letter's base font is
 *     cut to these and kept for all letters of the program (see {@code LetterFonts}); it holds nothing of the case.
 */
public record LetterContent(
        LetterKind kind,
        String number,
        String title,
        String issuer,
        String addressee,
        String creditCode,
        List<String> body,
        List<Fact> facts,
        List<ScoreRow> scores,
        String totalLine,
        String passRule,
        List<String> clauses,
        String appealRoute,
        LocalDate issuedOn,
        String verificationCode,
        String verificationUrl,
        String programText) {

    public LetterContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        Objects.requireNonNull(programText, "programText");
        body = List.copyOf(body);
        facts = List.copyOf(facts);
        scores = List.copyOf(scores);
        clauses = List.copyOf(clauses);
    }

    /** One row of the summary table. */
    public record Fact(String label, String value) {}

    /** One criterion of the score breakdown: name, points given and maximum, as printed. */
    public record ScoreRow(String criterion, String points, String max) {}

    /** Every word the letter states, for choosing a font that has all its characters. */
    public String text() {
        StringBuilder all = new StringBuilder(2048);
        for (String s :
                List.of(number, title, issuer, addressee, issuedOnInWords(), verificationCode, verificationUrl)) {
            all.append(s);
        }
        for (String s : new String[] {creditCode, totalLine, passRule, appealRoute}) {
            all.append(s == null ? "" : s);
        }
        body.forEach(all::append);
        clauses.forEach(all::append);
        facts.forEach(f -> all.append(f.label()).append(f.value()));
        scores.forEach(r -> all.append(r.criterion()).append(r.points()).append(r.max()));
        return all.toString();
    }

    /** The date as Chinese documents write it: 2026年11月21日. */
    public String issuedOnInWords() {
        return issuedOn.getYear() + "年" + issuedOn.getMonthValue() + "月" + issuedOn.getDayOfMonth() + "日";
    }
}
