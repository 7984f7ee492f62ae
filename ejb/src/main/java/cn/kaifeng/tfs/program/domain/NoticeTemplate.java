package cn.kaifeng.tfs.program.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * The notices a program's letter press issues after the award (issue 28 item 6), besides its decision letters: the
 * payment notice (拨付通知), the recovery notice (追回通知) and the acceptance conclusion (验收结论). Each has its key in
 * the definition file's {@code letters:} block ({@code key} for its text, {@code key + "Word"} for its number word),
 * the placeholders its text may use, and the default text and number word used when the file gives none. A notice's
 * number word counts per year on its own, like a letter's, so each kind has its own by default.
 */
public enum NoticeTemplate {
    PAYMENT(
            "paymentNotice",
            "汴财拨",
            Set.of("agreement", "tranche", "amount", "amountInWords", "reference", "budgetLine", "paidOn"),
            new LocalizedText(
                    "{organisation}：\n"
                            + "根据{program}任务书（编号{agreement}），经审核，第{tranche}笔资金人民币{amountInWords}（¥{amount}）"
                            + "已于{paidOn}通过国库集中支付拨付至你单位账户，国库支付凭证号{reference}，预算科目{budgetLine}。\n"
                            + "请按任务书约定的用途使用资金，专款专用，单独核算，并按期报送项目进展和绩效情况。",
                    "{organisation}:\n"
                            + "Under the agreement {agreement} of {program}, tranche {tranche} of CNY {amount} "
                            + "({amountInWords}) was paid to your account by the treasury on {paidOn}, treasury "
                            + "reference {reference}, budget line {budgetLine}.\n"
                            + "Use the funds only for the purposes the agreement states, account for them separately "
                            + "and report progress and performance on time.")),
    RECOVERY(
            "recoveryNotice",
            "汴财追",
            Set.of("amount", "amountInWords", "reason", "dueDate", "interest", "creditMonths", "terms"),
            new LocalizedText(
                    "{organisation}：\n"
                            + "因{reason}，根据{program}的有关规定，决定追回已拨付你单位的财政资金人民币{amountInWords}"
                            + "（¥{amount}），请于{dueDate}前（含当日）缴回。\n"
                            + "{interest}\n"
                            + "缴款方式：请将款项缴入开封市财政局非税收入汇缴账户，并在缴款用途中注明本通知编号{number}。\n"
                            + "逾期未缴回的，经审核将依照{terms}记入失信记录{creditMonths}，记录期间不得申报各类财政扶持项目。",
                    "{organisation}:\n"
                            + "Because of {reason}, and under the rules of {program}, CNY {amount} ({amountInWords}) "
                            + "of public funds paid to you is recovered; pay it back by {dueDate}.\n"
                            + "{interest}\n"
                            + "How to pay: into the non-tax revenue account of the Kaifeng Municipal Finance Bureau, "
                            + "naming this notice's number {number}.\n"
                            + "If unpaid after the due date, a credit record (失信) may be made under {terms} for "
                            + "{creditMonths}, during which no public support may be applied for.")),
    ACCEPTANCE(
            "acceptanceConclusion",
            "汴财验",
            Set.of("conclusion", "score", "date"),
            new LocalizedText(
                    "{organisation}：\n"
                            + "你单位承担的{program}项目（申请编号{case}）已于{date}完成验收。"
                            + "经验收专家组评审，专家组评分{score}分，验收结论为：{conclusion}。\n"
                            + "请按验收结论及任务书的约定办理后续事项。",
                    "{organisation}:\n"
                            + "Your project under {program} (application {case}) was accepted on {date}. "
                            + "The panel scored it {score} points; its conclusion: {conclusion}.\n"
                            + "Proceed as the conclusion and the agreement say."));

    /** What every notice may say, whatever its kind. */
    public static final Set<String> COMMON = Set.of("program", "organisation", "creditCode", "number", "case");

    private final String key;
    private final String defaultWord;
    private final Set<String> own;
    private final LocalizedText defaultText;

    NoticeTemplate(String key, String defaultWord, Set<String> own, LocalizedText defaultText) {
        this.key = key;
        this.defaultWord = defaultWord;
        this.own = own;
        this.defaultText = defaultText;
    }

    /** Its text's key in the {@code letters:} block; its number word's is this with {@code Word} appended. */
    public String key() {
        return key;
    }

    public String wordKey() {
        return key + "Word";
    }

    public String defaultWord() {
        return defaultWord;
    }

    public LocalizedText defaultText() {
        return defaultText;
    }

    /** Every placeholder its text may use; the reader refuses any other. */
    public Set<String> placeholders() {
        Set<String> all = new TreeSet<>(COMMON);
        all.addAll(own);
        return all;
    }
}
