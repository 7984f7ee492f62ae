package cn.kaifeng.tfs.program.definition;

import cn.kaifeng.tfs.program.domain.AwardRule;
import cn.kaifeng.tfs.program.domain.LetterTexts;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.NoticeTemplate;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.program.domain.ProgramCategory;
import cn.kaifeng.tfs.program.domain.RecoveryTerms;
import cn.kaifeng.tfs.program.expression.Expression;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a decision gives and says: the award rule (扶持金额: formula, cap per application and per organisation
 * and year, how long an approval stands) and the
 * texts of the decision letters, whose placeholders must be ones a letter fills.
 */
final class DecisionReader {

    private DecisionReader() {}

    /** The award rule; a recognition (认定) may have none, as it confers a status and not money. */
    static AwardRule award(Spec award, ProgramCategory category) {
        if (!award.present()) {
            if (category == null || !category.awardOptional()) {
                award.problem("missingKey", "award");
            }
            return null;
        }
        award.allowOnly(List.of("formula", "cap", "description", "source", "validMonths", "capPerYear"));
        Expression formula = award.expression("formula");
        Money cap = amount(award, "cap", award.decimal("cap"));
        Money capPerYear = amount(award, "capPerYear", award.optionalDecimal("capPerYear"));
        if (capPerYear != null && capPerYear.isZero()) {
            award.get("capPerYear").problem("badAmount", capPerYear);
        }
        // validMonths: 12, or with its source: validMonths: {months: 12, source: {document: ..., clause: ...}}
        Spec valid = award.get("validMonths");
        PolicySource validMonthsSource = null;
        Integer validMonths;
        if (valid.present() && valid.scalarOrNull() == null) {
            valid.allowOnly(List.of("months", "source"));
            validMonths = valid.integer("months");
            validMonthsSource = valid.has("source") ? Parts.citation(valid.get("source")) : null;
        } else {
            validMonths = award.optionalInteger("validMonths");
        }
        if (validMonths == null) {
            validMonths = AwardRule.DEFAULT_VALID_MONTHS;
        } else if (validMonths < 1 || validMonths > AwardRule.MAX_VALID_MONTHS) {
            award.get("validMonths").problem("badValidMonths", validMonths, AwardRule.MAX_VALID_MONTHS);
        }
        return new AwardRule(
                formula,
                cap,
                award.text("description"),
                Parts.source(award),
                validMonths,
                validMonthsSource,
                capPerYear);
    }

    private static Money amount(Spec award, String key, BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        try {
            return Money.ofYuan(yuan);
        } catch (DomainException e) {
            award.get(key).problem("badAmount", yuan);
            return null;
        }
    }

    /**
     * {@code recovery}, optional: {@code annualInterestRate} (a fraction written exactly, {@code 0.0365} for 3.65 %
     * a year, simple interest per day after a recovery order's due date; 0 for none), {@code creditRecordMonths}
     * (how long a 失信 record lasts) and an optional {@code source}. Only a program that pays money can have its
     * money recovered, so a program without an award rule may not have the section.
     */
    static RecoveryTerms recovery(Spec recovery, boolean grantsMoney) {
        if (!recovery.present()) {
            return null;
        }
        if (!grantsMoney) {
            recovery.problem("recoveryWithoutAward");
            return null;
        }
        recovery.allowOnly(List.of("annualInterestRate", "creditRecordMonths", "source"));
        BigDecimal rate = recovery.decimal("annualInterestRate");
        if (rate != null && (rate.signum() < 0 || rate.compareTo(RecoveryTerms.MAX_RATE) > 0)) {
            recovery.get("annualInterestRate").problem("badInterestRate", rate.toPlainString(), RecoveryTerms.MAX_RATE);
            rate = null;
        }
        Integer months = recovery.integer("creditRecordMonths");
        if (months != null && (months < 1 || months > RecoveryTerms.MAX_CREDIT_RECORD_MONTHS)) {
            recovery.get("creditRecordMonths")
                    .problem("badCreditRecordMonths", months, RecoveryTerms.MAX_CREDIT_RECORD_MONTHS);
            months = null;
        }
        PolicySource source = recovery.has("source") ? Parts.citation(recovery.get("source")) : null;
        return rate == null || months == null ? null : new RecoveryTerms(rate, months, source);
    }

    /** The letter texts; without an award rule there is no amount to print, so its placeholders are refused. */
    static LetterTexts letters(Spec letters, boolean grantsMoney) {
        if (!letters.present()) {
            letters.problem("missingKey", "letters");
            return null;
        }
        List<String> allowed = new ArrayList<>(List.of("approval", "rejection", "appealRoute", "numberWord", "issuer"));
        for (NoticeTemplate template : NoticeTemplate.values()) {
            allowed.add(template.key());
            allowed.add(template.wordKey());
        }
        letters.allowOnly(allowed);
        for (String key : List.of("approval", "rejection", "appealRoute")) {
            LocalizedText text = letters.text(key);
            if (text != null) {
                Set<String> unknown = new TreeSet<>(LetterTexts.unknownPlaceholders(text.zh()));
                unknown.addAll(LetterTexts.unknownPlaceholders(text.en()));
                if (!unknown.isEmpty()) {
                    letters.get(key)
                            .problem(
                                    "unknownPlaceholder",
                                    String.join(", ", unknown),
                                    String.join(", ", new TreeSet<>(LetterTexts.PLACEHOLDERS)));
                }
                if (!grantsMoney) {
                    Set<String> money = new TreeSet<>(LetterTexts.placeholders(text.zh() + text.en()));
                    money.retainAll(LetterTexts.MONEY_PLACEHOLDERS);
                    if (!money.isEmpty()) {
                        letters.get(key).problem("amountWithoutAward", String.join(", ", money));
                    }
                }
            }
        }
        String numberWord = numberWord(letters, "numberWord").orElse(LetterTexts.DEFAULT_NUMBER_WORD);
        LocalizedText issuer = letters.optionalText("issuer");
        return new LetterTexts(
                letters.text("approval"),
                letters.text("rejection"),
                letters.text("appealRoute"),
                numberWord,
                issuer == null ? LetterTexts.DEFAULT_ISSUER : issuer,
                notices(letters));
    }

    /** A number word, checked: letters and digits only, at most 16 characters. */
    private static Optional<String> numberWord(Spec letters, String key) {
        Optional<String> word = letters.optionalString(key).map(String::strip);
        word.filter(w -> w.isEmpty() || w.length() > 16 || !w.codePoints().allMatch(Character::isLetterOrDigit))
                .ifPresent(w -> letters.get(key).problem("badNumberWord", w));
        return word;
    }

    /**
     * The notices' own texts and number words (all optional); a text's placeholders must be ones its notice fills
     * ({@link NoticeTemplate#placeholders()}), like the letters'.
     */
    private static Map<NoticeTemplate, LetterTexts.NoticeText> notices(Spec letters) {
        Map<NoticeTemplate, LetterTexts.NoticeText> notices = new EnumMap<>(NoticeTemplate.class);
        for (NoticeTemplate template : NoticeTemplate.values()) {
            LocalizedText text = letters.optionalText(template.key());
            if (text != null) {
                Set<String> unknown = new TreeSet<>(LetterTexts.placeholders(text.zh()));
                unknown.addAll(LetterTexts.placeholders(text.en()));
                unknown.removeAll(template.placeholders());
                if (!unknown.isEmpty()) {
                    letters.get(template.key())
                            .problem(
                                    "unknownPlaceholder",
                                    String.join(", ", unknown),
                                    String.join(", ", template.placeholders()));
                }
            }
            String word = numberWord(letters, template.wordKey()).orElse(null);
            if (text != null || word != null) {
                notices.put(template, new LetterTexts.NoticeText(text, word));
            }
        }
        return notices;
    }
}
