package cn.kaifeng.tfs.program.service;

import cn.kaifeng.tfs.organisation.domain.OrganisationKind;
import cn.kaifeng.tfs.program.definition.CriterionTypes;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.DefinitionReader;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import cn.kaifeng.tfs.program.domain.ProgramVersion;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * All program versions, parsed. The database is the source of truth (so every cluster node sees a version the
 * moment it is published); parsed definitions are cached by content hash, which can never go stale because a hash
 * names exactly one content.
 */
@ApplicationScoped
public class ProgramService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** Where the shipped definitions are read from, unless TFS_PROGRAMS_DIR says otherwise. */
    static final String DIRECTORY_VARIABLE = "TFS_PROGRAMS_DIR";

    @Inject
    private ProgramVersions versions;

    @Inject
    private CriterionTypes types;

    @Inject
    private PolicyService policies;

    private final ConcurrentMap<String, ProgramDefinition> parsedByHash = new ConcurrentHashMap<>();

    /** (code, version) to hash: a stored version never changes, so once known this never goes stale either. */
    private final ConcurrentMap<String, String> hashByVersion = new ConcurrentHashMap<>();

    protected ProgramService() {
        // for CDI
    }

    /** For use without a container (tests, tools). */
    public ProgramService(ProgramVersions versions, CriterionTypes types, PolicyService policies) {
        this.versions = versions;
        this.types = types;
        this.policies = policies;
        this.clock = Clock.systemUTC(); // tests build it without CDI
    }

    public static Path directory() {
        return ConfigFiles.directory(DIRECTORY_VARIABLE, "programs");
    }

    /**
     * Reads every definition file of the directory and registers each version. Any problem in any file, or a file
     * changed under a version number already loaded, stops the start-up with a message naming file and line.
     */
    public List<ProgramDefinition> loadShippedFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The program definition directory " + directory + " does not exist; set "
                    + DIRECTORY_VARIABLE + " or ship config/programs with the server");
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        DefinitionReader reader = reader();
        for (Path file : ConfigFiles.yamlFiles(directory)) {
            String content = ConfigFiles.read(file);
            try {
                ProgramDefinition definition = reader.read(file.getFileName().toString(), content);
                Loaded before = loaded.putIfAbsent(definition.label(), new Loaded(definition, content, file));
                if (before != null) {
                    throw new IllegalStateException(definition.label() + " is defined twice: in "
                            + before.file.getFileName() + " and in " + file.getFileName());
                }
            } catch (InvalidDefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        List<ProgramDefinition> result = new ArrayList<>();
        for (Loaded l : loaded.values()) {
            register(l.definition, l.content, l.file.getFileName().toString());
            result.add(l.definition);
        }
        return result;
    }

    private record Loaded(ProgramDefinition definition, String content, Path file) {}

    private void register(ProgramDefinition definition, String content, String fileName) {
        Optional<ProgramVersion> stored = versions.find(definition.code(), definition.version());
        if (stored.isEmpty()) {
            try {
                versions.insert(new ProgramVersion(
                        definition, content, fileName, ProgramVersion.Origin.FILE, "system", clock.instant()));
            } catch (RuntimeException raced) {
                // another node registered the same version a moment ago: compare with what it stored
                stored = versions.find(definition.code(), definition.version());
                if (stored.isEmpty()) {
                    throw raced;
                }
            }
        }
        if (stored.isPresent() && !stored.get().contentHash().equals(definition.contentHash())) {
            throw new IllegalStateException(fileName + ": " + definition.label() + " was first loaded on "
                    + stored.get().loadedAt() + " with different content. A loaded version never changes, so that"
                    + " applications scored with it stay explainable: give the changed file a new version number.");
        }
        parsedByHash.putIfAbsent(definition.contentHash(), definition);
    }

    /** The latest published version of every program, ordered by code. */
    public List<ProgramDefinition> current() {
        return current(versions.publishedKeys());
    }

    /**
     * The latest published version of every program, from published keys the caller read itself (the bank API
     * reads them in its own query, with the rest of an answer).
     */
    public List<ProgramDefinition> current(List<ProgramVersions.Key> publishedKeys) {
        Map<String, ProgramDefinition> latest = new LinkedHashMap<>();
        for (ProgramVersions.Key key : publishedKeys) {
            latest.put(key.code(), parsed(key)); // keys come ordered by version, so the last one wins
        }
        return List.copyOf(latest.values());
    }

    public Optional<ProgramDefinition> current(String code) {
        return current().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Programs an organisation of this kind can apply to on that day. */
    public List<ProgramDefinition> openOn(LocalDate day, OrganisationKind kind) {
        return current().stream()
                .filter(p -> p.openOn(day) && (kind == null || p.openTo(kind)))
                .toList();
    }

    /** Any stored version, published or draft: an application always finds the version it was scored with. */
    public Optional<ProgramDefinition> version(String code, int version) {
        return versions.find(code, version)
                .map(v -> parsed(new ProgramVersions.Key(v.programCode(), v.version(), v.contentHash())));
    }

    public List<ProgramVersion> storedVersions() {
        return versions.all();
    }

    /**
     * Stores an uploaded definition as a draft after checking it completely. The version must be new and higher
     * than every stored version of the program, so history only moves forward.
     */
    public ProgramDefinition importDraft(String fileName, String content, String by) {
        ProgramDefinition definition = reader().read(fileName, content);
        Optional<Integer> latest = versions.latestVersion(definition.code());
        if (latest.isPresent() && definition.version() <= latest.get()) {
            throw new DomainException("program.versionNotNewer", definition.code(), definition.version(), latest.get());
        }
        versions.insert(
                new ProgramVersion(definition, content, fileName, ProgramVersion.Origin.IMPORT, by, clock.instant()));
        parsedByHash.putIfAbsent(definition.contentHash(), definition);
        return definition;
    }

    /**
     * Stores an uploaded policy document version after checking it completely: the file itself, its version and
     * in-force period ({@link PolicyService#checkNewVersion}), and that every citation of the document by the
     * programs' current versions still names a clause of the new text and words that clause says.
     */
    public PolicyDocument importDocument(String fileName, String content, String by) {
        PolicyDocument document = policies.read(fileName, content);
        policies.checkNewVersion(document);
        List<PolicyDocument> documents = new ArrayList<>(policies.library().documents());
        documents.removeIf(d -> d.id().equals(document.id()));
        documents.add(document);
        List<DefinitionProblem> problems = citationProblems(new PolicyLibrary(documents));
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        policies.store(document, content, fileName, ProgramVersion.Origin.IMPORT, by);
        return document;
    }

    /** The citations of the programs' current versions that the library would not hold, with file and line. */
    private List<DefinitionProblem> citationProblems(PolicyLibrary library) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (ProgramDefinition program : current()) {
            ProgramVersion stored =
                    versions.find(program.code(), program.version()).orElseThrow();
            try {
                new DefinitionReader(types, library).read(stored.fileName(), stored.content());
            } catch (InvalidDefinitionException e) {
                // checks added since the version was stored are not this import's business
                e.problems().stream()
                        .filter(p -> CITATION_PROBLEMS.contains(p.key()))
                        .forEach(problems::add);
            }
        }
        return problems;
    }

    private static final java.util.Set<String> CITATION_PROBLEMS =
            java.util.Set.of("unknownDocument", "clauseNotFound", "quoteNotInClause");

    public void publish(String code, int version, String by) {
        ProgramVersion stored = versions.find(code, version)
                .orElseThrow(() -> new DomainException("program.unknownVersion", code, version));
        if (stored.status() == ProgramVersion.Status.PUBLISHED) {
            throw new DomainException("program.alreadyPublished", code, version);
        }
        versions.publish(code, version, by, clock.instant());
    }

    private ProgramDefinition parsed(ProgramVersions.Key key) {
        hashByVersion.putIfAbsent(key.code() + " v" + key.version(), key.hash());
        return parsedByHash.computeIfAbsent(key.hash(), hash -> {
            ProgramVersion stored = versions.find(key.code(), key.version()).orElseThrow();
            return DefinitionReader.forStoredVersions(types).read(stored.fileName(), stored.content());
        });
    }

    private DefinitionReader reader() {
        return new DefinitionReader(types, policies.library());
    }
}
