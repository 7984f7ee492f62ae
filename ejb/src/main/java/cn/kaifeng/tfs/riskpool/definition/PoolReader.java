package cn.kaifeng.tfs.riskpool.definition;

import cn.kaifeng.tfs.program.definition.DefinitionReader;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.definition.Parts;
import cn.kaifeng.tfs.program.definition.Problems;
import cn.kaifeng.tfs.program.definition.Spec;
import cn.kaifeng.tfs.program.domain.LocalizedText;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.PolicySource;
import cn.kaifeng.tfs.riskpool.domain.Party;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolBank;
import cn.kaifeng.tfs.riskpool.domain.Shares;
import cn.kaifeng.tfs.riskpool.domain.SubsidyRule;
import cn.kaifeng.tfs.shared.domain.DomainException;
import cn.kaifeng.tfs.shared.domain.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one pool agreement file of config/pools (format in config/pools/README.md). Everything a file can say is
 * checked and every problem reported together, with file, line and path, as a program definition's are: the form and
 * bounds of each number, ratios of two or more parties (the pool and the bank among them) adding up to exactly
 * 100 %, programs that exist, banks named by a valid 统一社会信用代码 and each once, and a basis clause the cited
 * policy document has.
 */
public final class PoolReader {

    static final Pattern POOL_CODE = Pattern.compile("RP-[A-Z0-9]+(-[A-Z0-9]+)*");
    static final int MAX_CODE = 40;
    static final int MAX_BANKS = 50;

    private static final List<String> KEYS = List.of(
            "code",
            "version",
            "name",
            "basis",
            "effective",
            "programs",
            "sizeFen",
            "banks",
            "shares",
            "caps",
            "leverage",
            "nplThresholdPercent",
            "eligibilityDays",
            "secondApprovalAboveFen",
            "subsidy");

    private final Set<String> programs;
    private final PolicyLibrary library;

    /**
     * @param programs the codes of the programs loaded, which a pool may cover
     * @param library the policy documents loaded, which the basis must cite correctly
     */
    public PoolReader(Set<String> programs, PolicyLibrary library) {
        this.programs = Set.copyOf(programs);
        this.library = library;
    }

    public PoolAgreement read(String fileName, String content) {
        Problems problems = new Problems(fileName);
        Node root = DefinitionReader.parse(fileName, content, problems);
        if (root == null) {
            throw new InvalidDefinitionException(problems.list());
        }
        Spec spec = Spec.root(root, problems);
        spec.allowOnly(KEYS);
        String code = spec.string("code");
        if (code != null && (!POOL_CODE.matcher(code).matches() || code.length() > MAX_CODE)) {
            spec.get("code").problem("pool.code", code, MAX_CODE);
        }
        Integer version = spec.integer("version");
        if (version != null && version < 1) {
            spec.get("version").problem("versionPositive", version);
        }
        LocalizedText name = spec.text("name");
        PolicySource basis = null;
        if (spec.has("basis")) {
            basis = Parts.citation(spec.get("basis"));
        } else {
            spec.problem("missingKey", "basis");
        }
        Spec effective = spec.get("effective");
        effective.allowOnly(List.of("from", "to"));
        LocalDate from = null;
        LocalDate to = null;
        if (effective.present()) {
            from = effective.date("from");
            to = effective.has("to") ? effective.date("to") : null;
            if (from != null && to != null && to.isBefore(from)) {
                effective.problem("effectiveOrder", from, to);
            }
        } else {
            spec.problem("missingKey", "effective");
        }
        Set<String> covered = programs(spec);
        Long size = fen(spec, "sizeFen");
        List<PoolBank> banks = banks(spec);
        Shares shares = shares(spec);
        Spec caps = spec.get("caps");
        caps.allowOnly(List.of("perLoanFen", "perBankFen"));
        Long perLoan = null;
        Long perBank = null;
        if (caps.present()) {
            perLoan = fen(caps, "perLoanFen");
            perBank = fen(caps, "perBankFen");
            if (perLoan != null && perBank != null && perLoan > perBank) {
                caps.problem("pool.capsOrder", yuan(perLoan), yuan(perBank));
            }
        } else {
            spec.problem("missingKey", "caps");
        }
        BigDecimal leverage = percentLike(spec, "leverage", BigDecimal.ONE, true, PoolAgreement.MAX_LEVERAGE, true);
        BigDecimal npl = percentLike(spec, "nplThresholdPercent", BigDecimal.ZERO, false, Shares.HUNDRED, false);
        Integer days = spec.integer("eligibilityDays");
        if (days != null && (days < 0 || days > PoolAgreement.MAX_ELIGIBILITY_DAYS)) {
            spec.get("eligibilityDays").problem("pool.bounds", days, 0, PoolAgreement.MAX_ELIGIBILITY_DAYS);
        }
        Long secondApproval = fen(spec, "secondApprovalAboveFen");
        Spec subsidy = spec.get("subsidy");
        subsidy.allowOnly(List.of("interestSharePercent", "capPerEnterprisePerYearFen"));
        BigDecimal interestShare = null;
        Long subsidyCap = null;
        if (subsidy.present()) {
            interestShare = percentLike(subsidy, "interestSharePercent", BigDecimal.ZERO, false, Shares.HUNDRED, true);
            subsidyCap = fen(subsidy, "capPerEnterprisePerYearFen");
        } else {
            spec.problem("missingKey", "subsidy");
        }
        problems.checkCitations(library);
        if (problems.any()) {
            throw new InvalidDefinitionException(problems.list());
        }
        try {
            return new PoolAgreement(
                    code,
                    version,
                    DefinitionReader.sha256(content),
                    name,
                    basis,
                    from,
                    to,
                    covered,
                    size,
                    banks,
                    shares,
                    perLoan,
                    perBank,
                    leverage,
                    npl,
                    days,
                    secondApproval,
                    new SubsidyRule(interestShare, subsidyCap));
        } catch (DomainException e) {
            // every rule of the constructor is checked above with its line; this is a second line only
            problems.add(1, "", "pool.invalid", e.messageKey());
            throw new InvalidDefinitionException(problems.list());
        }
    }

    private Set<String> programs(Spec spec) {
        Set<String> codes = new LinkedHashSet<>();
        List<Spec> items = spec.list("programs");
        if (items.isEmpty()) {
            spec.problem("pool.noPrograms");
        }
        for (Spec item : items) {
            String code = item.scalar();
            if (code == null) {
                continue;
            }
            if (!programs.contains(code)) {
                item.problem(
                        "pool.unknownProgram",
                        code,
                        String.join(", ", programs.stream().sorted().toList()));
            } else if (!codes.add(code)) {
                item.problem("pool.programTwice", code);
            }
        }
        return codes;
    }

    private static List<PoolBank> banks(Spec spec) {
        List<PoolBank> banks = new ArrayList<>();
        List<Spec> items = spec.list("banks");
        if (items.isEmpty()) {
            spec.problem("pool.noBanks");
        } else if (items.size() > MAX_BANKS) {
            spec.get("banks").problem("pool.tooManyBanks", items.size(), MAX_BANKS);
        }
        Set<UnifiedSocialCreditCode> seen = new java.util.HashSet<>();
        for (Spec item : items) {
            item.allowOnly(List.of("creditCode", "name"));
            String raw = item.string("creditCode");
            LocalizedText name = item.text("name");
            if (raw == null) {
                continue;
            }
            if (!UnifiedSocialCreditCode.isValid(raw.strip())) {
                item.get("creditCode").problem("pool.bankCode", raw);
                continue;
            }
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(raw.strip());
            if (!seen.add(code)) {
                item.get("creditCode").problem("pool.bankTwice", raw);
            } else if (name != null) {
                banks.add(new PoolBank(code, name));
            }
        }
        return banks;
    }

    private static Shares shares(Spec spec) {
        Spec part = spec.get("shares");
        if (!part.present()) {
            spec.problem("missingKey", "shares");
            return null;
        }
        if (!part.isMapping()) {
            part.problem("notAMapping");
            return null;
        }
        Map<Party, BigDecimal> percent = new EnumMap<>(Party.class);
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (Map.Entry<String, Spec> e : spec.mapping("shares").entrySet()) {
            Party party = e.getValue().toEnum(e.getKey(), Party.class);
            BigDecimal p = e.getValue().decimal();
            if (party == null || p == null) {
                complete = false;
                continue;
            }
            if (p.signum() <= 0
                    || p.compareTo(Shares.HUNDRED) >= 0
                    || p.stripTrailingZeros().scale() > 2) {
                e.getValue().problem("pool.sharePercent", party, p.toPlainString());
                complete = false;
                continue;
            }
            percent.put(party, p);
            sum = sum.add(p);
        }
        if (!complete) {
            return null;
        }
        if (percent.size() < 2 || !percent.containsKey(Party.POOL) || !percent.containsKey(Party.BANK)) {
            part.problem("pool.shareParties");
            return null;
        }
        if (sum.compareTo(Shares.HUNDRED) != 0) {
            part.problem("pool.shareSum", sum.stripTrailingZeros().toPlainString());
            return null;
        }
        return new Shares(percent);
    }

    /** A whole number of fen from 1 to the agreement's maximum. */
    private static Long fen(Spec spec, String key) {
        BigDecimal value = spec.decimal(key);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            spec.get(key).problem("notAnInteger", value.toPlainString());
            return null;
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(PoolAgreement.MAX_SIZE_FEN)) > 0) {
            spec.get(key).problem("pool.fenBounds", value.toPlainString(), PoolAgreement.MAX_SIZE_FEN);
            return null;
        }
        return value.longValueExact();
    }

    /** A number of at most two decimals within bounds, each bound included or not. */
    private static BigDecimal percentLike(
            Spec spec, String key, BigDecimal low, boolean lowIn, BigDecimal high, boolean highIn) {
        BigDecimal value = spec.decimal(key);
        if (value == null) {
            return null;
        }
        int lowCmp = value.compareTo(low);
        int highCmp = value.compareTo(high);
        boolean inside = (lowIn ? lowCmp >= 0 : lowCmp > 0) && (highIn ? highCmp <= 0 : highCmp < 0);
        if (!inside || value.stripTrailingZeros().scale() > 2) {
            spec.get(key)
                    .problem(
                            "pool.decimalBounds",
                            value.toPlainString(),
                            (lowIn ? "[" : "(") + low.toPlainString(),
                            high.toPlainString() + (highIn ? "]" : ")"));
            return null;
        }
        return value;
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
