package cn.kaifeng.tfs.riskpool.service;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.service.PolicyService;
import cn.kaifeng.tfs.program.service.ProgramService;
import cn.kaifeng.tfs.riskpool.definition.PoolReader;
import cn.kaifeng.tfs.riskpool.domain.PoolAgreement;
import cn.kaifeng.tfs.riskpool.domain.PoolVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pool agreements: the versions of config/pools stored as first loaded (a changed file under a stored version is
 * refused, as for programs), and the one that decides a loan's coverage. Parsed agreements are kept by content hash:
 * a stored version never changes, so every node parses the same text to the same agreement.
 */
@ApplicationScoped
public class PoolCatalog {

    static final String DIRECTORY_VARIABLE = "TFS_POOLS_DIR";

    /** A stored version with its agreement. */
    public record Stored(long versionId, PoolAgreement agreement) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProgramService programs;

    @Inject
    private PolicyService policies;

    @Inject
    private Clock clock;

    @Inject
    private PoolLedger ledger;

    private final Map<String, PoolAgreement> parsedByHash = new ConcurrentHashMap<>();

    /** The folder named by TFS_POOLS_DIR, else {@code pools} in the server's configuration directory. */
    public static Path directory() {
        String configured = System.getenv(DIRECTORY_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.config.dir", "."), "pools");
    }

    /**
     * Reads every pool file of the folder, all problems of all files together; then stores each version not stored
     * yet. Versions of one pool in force on the same day are refused: on any day one version decides.
     */
    @Transactional
    public List<PoolAgreement> loadShippedFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The pool directory " + directory + " does not exist; set "
                    + DIRECTORY_VARIABLE + " or ship config/pools with the server");
        }
        PoolReader reader = reader();
        List<DefinitionProblem> problems = new ArrayList<>();
        List<PoolAgreement> read = new ArrayList<>();
        Map<PoolAgreement, String[]> files = new java.util.IdentityHashMap<>();
        for (Path file : yamlFiles(directory)) {
            String content = readString(file);
            String name = file.getFileName().toString();
            try {
                PoolAgreement agreement = reader.read(name, content);
                for (PoolAgreement other : read) {
                    if (other.code().equals(agreement.code())) {
                        String otherFile = files.get(other)[0];
                        if (other.version() == agreement.version()) {
                            problems.add(problem(name, "pool.twice", agreement.label(), otherFile, name));
                        } else if (overlap(other, agreement)) {
                            problems.add(problem(
                                    name, "pool.overlap", agreement.code(), other.version(), agreement.version()));
                        }
                    }
                }
                read.add(agreement);
                files.put(agreement, new String[] {name, content});
            } catch (InvalidDefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        for (PoolAgreement agreement : read) {
            register(agreement, files.get(agreement)[1], files.get(agreement)[0]);
        }
        // the money follows the latest version of each pool: its size funds the book, a change posts the difference
        read.stream()
                .collect(Collectors.toMap(PoolAgreement::code, a -> a, (a, b) -> a.version() >= b.version() ? a : b))
                .values()
                .forEach(latest -> ledger.fundTo(
                        latest.code(),
                        find(latest.code(), latest.version()).orElseThrow().id(),
                        latest.sizeFen()));
        return read;
    }

    private static DefinitionProblem problem(String file, String key, Object... arguments) {
        return new DefinitionProblem(
                file,
                1,
                "",
                key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
    }

    static boolean overlap(PoolAgreement a, PoolAgreement b) {
        LocalDate aTo = a.effectiveTo() == null ? LocalDate.MAX : a.effectiveTo();
        LocalDate bTo = b.effectiveTo() == null ? LocalDate.MAX : b.effectiveTo();
        return !a.effectiveFrom().isAfter(bTo) && !b.effectiveFrom().isAfter(aTo);
    }

    private void register(PoolAgreement agreement, String content, String fileName) {
        Optional<PoolVersion> stored = find(agreement.code(), agreement.version());
        if (stored.isEmpty()) {
            em.persist(new PoolVersion(agreement, content, fileName, clock.instant()));
            em.flush();
        } else if (!stored.get().contentHash().equals(agreement.contentHash())) {
            throw new IllegalStateException(fileName + ": " + agreement.label() + " was first loaded with different"
                    + " content. A loaded version never changes, so that loans covered under it stay explainable:"
                    + " give the changed file a new version number.");
        }
        parsedByHash.putIfAbsent(agreement.contentHash(), agreement);
    }

    private Optional<PoolVersion> find(String code, int version) {
        return em
                .createQuery(
                        "SELECT v FROM PoolVersion v WHERE v.poolCode = :code AND v.version = :version",
                        PoolVersion.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * The pool that decides a loan of the program granted on the day: the version in force that day among the pools
     * covering the program, else the latest version covering it (which then refuses: not in force). Empty when no
     * pool covers the program at all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Stored> deciding(String programCode, LocalDate grantedOn) {
        List<Stored> covering =
                all().stream().filter(s -> s.agreement().covers(programCode)).toList();
        return covering.stream()
                .filter(s -> s.agreement().inForceOn(grantedOn))
                .findFirst()
                .or(() -> covering.stream().max(Comparator.comparingLong(Stored::versionId)));
    }

    /** Takes the write lock on every stored version of the pool, in id order, so that decisions on it serialise. */
    public void lock(String poolCode) {
        em.createQuery("SELECT v FROM PoolVersion v WHERE v.poolCode = :code ORDER BY v.id", PoolVersion.class)
                .setParameter("code", poolCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** A stored version by its id. */
    public Stored version(long versionId) {
        PoolVersion v = em.find(PoolVersion.class, versionId);
        return new Stored(v.id(), parse(v));
    }

    private List<Stored> all() {
        return em
                .createQuery("SELECT v FROM PoolVersion v ORDER BY v.poolCode, v.version", PoolVersion.class)
                .getResultList()
                .stream()
                .map(v -> new Stored(v.id(), parse(v)))
                .toList();
    }

    private PoolAgreement parse(PoolVersion v) {
        return parsedByHash.computeIfAbsent(v.contentHash(), hash -> reader().read(v.fileName(), v.content()));
    }

    private PoolReader reader() {
        Set<String> codes =
                programs.current().stream().map(ProgramDefinition::code).collect(Collectors.toSet());
        return new PoolReader(codes, policies.library());
    }

    private static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
