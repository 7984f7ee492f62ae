package cn.kaifeng.tfs.bank.service;

import cn.kaifeng.tfs.audit.service.AuditLog;
import cn.kaifeng.tfs.bank.domain.EligibilityJudge;
import cn.kaifeng.tfs.bank.domain.EligibleList;
import cn.kaifeng.tfs.bank.domain.EligibleListEntry;
import cn.kaifeng.tfs.bank.domain.Support;
import cn.kaifeng.tfs.bank.pdf.EligibleListPdf;
import cn.kaifeng.tfs.casefile.service.NumberCounters;
import cn.kaifeng.tfs.letter.domain.LetterKind;
import cn.kaifeng.tfs.letter.service.LetterPress;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.Money;
import cn.kaifeng.tfs.shared.domain.SpreadsheetText;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The eligible lists (名单) the bureau publishes per loan and fund program: every enterprise with an approval whose
 * letter is in force on the day of publication. Versions run per program (1, 2, 3 ...) without gaps; each is kept
 * with its CSV and signed PDF exactly as published, so a bank's copy can always be matched with ours.
 */
@ApplicationScoped
public class EligibleListService {

    /** A published list without its files. */
    public record Summary(
            long id, String programCode, int version, String publishedBy, Instant publishedAt, int entries) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProgramService catalog;

    @Inject
    private NumberCounters counters;

    @Inject
    private LetterPress press;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Programs whose lists banks use: loan and fund programs. */
    public List<ProgramDefinition> programs() {
        return catalog.current().stream().filter(p -> p.category().forBanks()).toList();
    }

    @Transactional
    public Summary publish(String programCode, String by) {
        ProgramDefinition program = programs().stream()
                .filter(p -> p.code().equals(programCode))
                .findFirst()
                .orElseThrow(() -> new DomainException("bank.eligibleList.notForBanks"));
        press.requireSigningKey();
        LocalDate today = LocalDate.now(clock.withZone(EligibilityJudge.ZONE));
        Instant now = clock.instant();
        List<Object[]> rows = em.createQuery(
                        "SELECT l.id, l.number, l.verificationCode, l.amount, l.issuedAt, o.id, o.creditCode, o.name"
                                + " FROM Letter l, Application a JOIN a.organisation o"
                                + " WHERE a.id = l.applicationId AND l.programCode = :program AND l.kind = :approval"
                                + " AND l.revokedAt IS NULL AND o.creditCode IS NOT NULL",
                        Object[].class)
                .setParameter("program", programCode)
                .setParameter("approval", LetterKind.APPROVAL)
                .getResultList();
        record Listed(long enterpriseId, String creditCode, String name, Support support) {}
        List<Listed> listed = new ArrayList<>();
        for (Object[] r : rows) {
            Support s = EligibilityJudge.support(
                    new EligibilityJudge.IssuedLetter(
                            (Long) r[0],
                            LetterKind.APPROVAL,
                            (String) r[1],
                            (String) r[2],
                            (Money) r[3],
                            (Instant) r[4],
                            null),
                    program.award().validMonths());
            if (s.inForceOn(today) && s.amount() != null) {
                listed.add(new Listed((Long) r[5], ((UnifiedSocialCreditCode) r[6]).value(), (String) r[7], s));
            }
        }
        listed.sort(Comparator.comparing((Listed l) -> l.support().validFrom())
                .thenComparing(l -> l.support().letterNumber()));
        int version = counters.nextValue("W:" + programCode, 0);
        EligibleList list = new EligibleList(programCode, version, by, now, listed.size());
        em.persist(list);
        em.flush();
        List<String[]> table = new ArrayList<>();
        StringBuilder csv = new StringBuilder("\uFEFF"); // a BOM, so Excel opens the UTF-8 file as UTF-8
        csv.append("序号,企业名称,统一社会信用代码,核定支持金额（元）,决定书文号,验证码,有效期起,有效期止\r\n");
        int n = 0;
        for (Listed l : listed) {
            n++;
            em.persist(new EligibleListEntry(list.id(), l.enterpriseId(), l.creditCode(), l.name(), l.support()));
            Support s = l.support();
            String amount = yuan(s.amount());
            table.add(new String[] {
                String.valueOf(n),
                l.name(),
                l.creditCode(),
                amount,
                s.letterNumber(),
                s.verificationCode(),
                DAY.format(s.validFrom()) + " 至 " + DAY.format(s.validUntil())
            });
            csv.append(String.join(
                            ",",
                            String.valueOf(n),
                            cell(l.name()),
                            l.creditCode(),
                            s.amount().yuan().toPlainString(),
                            cell(s.letterNumber()),
                            s.verificationCode(),
                            DAY.format(s.validFrom()),
                            DAY.format(s.validUntil())))
                    .append("\r\n");
        }
        String issuer = program.letters().issuer().zh();
        EligibleListPdf.Heading heading = new EligibleListPdf.Heading(
                program.name().zh() + " 支持名单（第 " + version + " 版）",
                "名单编号 " + programCode + "-v" + version + "；发布日期 " + DAY.format(today) + "；共 " + listed.size()
                        + " 家。名单所列支持以决定书为准，决定书可在本平台按验证码核验。",
                "发布单位：" + issuer);
        byte[] pdf = press.sign(
                new EligibleListPdf(press.fonts()).render(heading, table), issuer, programCode + " 名单 v" + version);
        list.attachFiles(csv.toString().getBytes(StandardCharsets.UTF_8), pdf);
        audit.record(
                by,
                "ELIGIBLE_LIST_PUBLISHED",
                "eligible-list:" + programCode + "-v" + version,
                null,
                listed.size() + " entries");
        return summary(list);
    }

    /** Every published list, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> all() {
        return em
                .createQuery("SELECT w FROM EligibleList w ORDER BY w.publishedAt DESC, w.id DESC", EligibleList.class)
                .getResultList()
                .stream()
                .map(EligibleListService::summary)
                .toList();
    }

    /** The latest list of each program. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> latest() {
        return em
                .createQuery(
                        "SELECT w FROM EligibleList w WHERE w.version ="
                                + " (SELECT MAX(x.version) FROM EligibleList x WHERE x.programCode = w.programCode)"
                                + " ORDER BY w.programCode",
                        EligibleList.class)
                .getResultList()
                .stream()
                .map(EligibleListService::summary)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EligibleList> find(String programCode, int version) {
        return em.createQuery(
                        "SELECT w FROM EligibleList w WHERE w.programCode = :program AND w.version = :version",
                        EligibleList.class)
                .setParameter("program", programCode)
                .setParameter("version", version)
                .getResultStream()
                .findFirst();
    }

    private static Summary summary(EligibleList w) {
        return new Summary(w.id(), w.programCode(), w.version(), w.publishedBy(), w.publishedAt(), w.entries());
    }

    private static String yuan(Money amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount.yuan());
    }

    /**
     * A CSV field: quoted when it holds a comma, quote or line break; and a leading = + - @ is defused with an
     * apostrophe, so a spreadsheet never runs an organisation's name as a formula.
     */
    static String cell(String value) {
        return SpreadsheetText.csvField(value);
    }
}
