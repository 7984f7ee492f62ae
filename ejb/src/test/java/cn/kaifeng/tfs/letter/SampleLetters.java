package cn.kaifeng.tfs.letter;

import cn.kaifeng.tfs.letter.domain.LetterComposer;
import cn.kaifeng.tfs.letter.domain.LetterContent;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.domain.LetterNumber;
import cn.kaifeng.tfs.letter.pdf.LetterRenderer;
import cn.kaifeng.tfs.letter.pdf.LetterSigner;
import cn.kaifeng.tfs.letter.pdf.SigningKeys;
import cn.kaifeng.tfs.program.KfRcTeamTest;
import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.domain.Assessment;
import cn.kaifeng.tfs.program.domain.Assessor;
import cn.kaifeng.tfs.program.domain.CriterionResult;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.expression.Facts;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.typeset.LetterFonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test fixture: real letters of the shipped talent-team program (KF-RC-TEAM) with a full assessment, signed with
 * a throwaway key. The fonts and the key are made once per JVM, as the server makes them.
 */
public final class SampleLetters {

    public static final ProgramDefinition TEAM = Programs.shipped("kf-rc-team.yaml");
    public static final String ORGANISATION = "开封示例元宇宙科技有限公司";
    public static final String CREDIT_CODE = "91410200MA45DE001J";
    public static final char[] PASSWORD = "letters".toCharArray();

    private static LetterFonts fonts;
    private static LetterSigner signer;
    private static Path keyStore;

    private SampleLetters() {}

    public static synchronized LetterFonts fonts() {
        if (fonts == null) {
            fonts = new LetterFonts();
        }
        return fonts;
    }

    public static LetterRenderer renderer() {
        return new LetterRenderer(fonts());
    }

    public static synchronized Path keyStore() {
        if (keyStore == null) {
            try {
                Path dir = Files.createTempDirectory("tfs-letter-key");
                keyStore = dir.resolve("signing.p12");
                SigningKeys.createThrowaway(keyStore, PASSWORD);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keyStore;
    }

    public static synchronized LetterSigner signer() {
        if (signer == null) {
            signer = SigningKeys.fromKeyStore(keyStore(), PASSWORD, null);
        }
        return signer;
    }

    /** A strong application's assessment with the panel's points (80 % of each expert criterion's maximum). */
    public static Assessment scored() {
        Facts facts = Facts.of(KfRcTeamTest.strong());
        Assessment before = Assessor.assess(TEAM, facts);
        Map<String, BigDecimal> panel = new LinkedHashMap<>();
        for (CriterionResult r : before.criteria()) {
            if (r.pending()) {
                panel.put(r.code(), r.max().multiply(new BigDecimal("0.8")).setScale(1, RoundingMode.HALF_UP));
            }
        }
        return Assessor.assess(TEAM, facts, panel);
    }

    public static LetterComposer.Case approval(String organisation, int sequence) {
        return new LetterComposer.Case(
                TEAM,
                LetterKind.APPROVAL,
                new LetterNumber("汴财扶团", 2026, sequence),
                organisation,
                CREDIT_CODE,
                "KF-RC-2026-" + String.format("%05d", sequence),
                Money.ofYuan(1_200_000),
                scored(),
                null,
                LocalDate.of(2026, 11, 21),
                "7KQ2-M9XD-4HTP",
                "https://tfs.example.cn/public/verify.xhtml?code=7KQ2-M9XD-4HTP",
                Programs.policies());
    }

    public static LetterComposer.Case rejection(String organisation, String reasons) {
        return new LetterComposer.Case(
                TEAM,
                LetterKind.REJECTION,
                new LetterNumber("汴财扶团", 2026, 43),
                organisation,
                CREDIT_CODE,
                "KF-RC-2026-00043",
                null,
                scored(),
                reasons,
                LocalDate.of(2026, 11, 21),
                "AB23-CD45-EF67",
                "https://tfs.example.cn/public/verify.xhtml?code=AB23-CD45-EF67",
                Programs.policies());
    }

    public static LetterContent content(LetterComposer.Case c) {
        return LetterComposer.compose(c);
    }

    public static byte[] signedApproval() {
        return renderer().render(content(approval(ORGANISATION, 42)), signer());
    }
}
