package cn.kaifeng.tfs.program.service;

import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.definition.PolicyDocumentReader;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.PolicyDocumentVersion;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.ProgramVersion;
import cn.kaifeng.tfs.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The policy documents programs cite (config/policy), stored and versioned like programs: each version with the
 * SHA-256 of its file; a changed file under a version already stored is refused. The database is the source of
 * truth, parsed documents are cached by content hash. The checks a new version must pass against the programs that
 * cite it are {@link ProgramService#importDocument}'s.
 *
 * <p>Versions of one document are either corrections of the same document (the same in-force period: a 文号 added,
 * a transcription mistake mended) or successive texts (修订), whose periods do not share a day. Any other overlap is
 * refused, so that on any day one text of a document is the one in force.
 */
@ApplicationScoped
public class PolicyService {

    /** The application's one clock (shared.infra.Clocks): real time, or the demo seeder's simulated day. */
    @Inject
    private Clock clock;

    /** Where the shipped documents are read from, unless TFS_POLICY_DIR says otherwise. */
    static final String DIRECTORY_VARIABLE = "TFS_POLICY_DIR";

    @Inject
    private PolicyDocumentVersions versions;

    private final PolicyDocumentReader reader = new PolicyDocumentReader();

    private final ConcurrentMap<String, PolicyDocument> parsedByHash = new ConcurrentHashMap<>();

    protected PolicyService() {
        // for CDI
    }

    /** For use without a container (tests, tools). */
    public PolicyService(PolicyDocumentVersions versions) {
        this.versions = versions;
        this.clock = Clock.systemUTC(); // tests build it without CDI
    }

    public static Path directory() {
        return ConfigFiles.directory(DIRECTORY_VARIABLE, "policy");
    }

    /**
     * Reads every document file of the directory and stores each new version. A problem in any file, a file
     * changed under a stored version, or in-force periods that overlap stop the start-up.
     */
    public List<PolicyDocument> loadShippedFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The policy document directory " + directory + " does not exist; set "
                    + DIRECTORY_VARIABLE + " or ship config/policy with the server");
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        for (Path file : ConfigFiles.yamlFiles(directory)) {
            String content = ConfigFiles.read(file);
            try {
                PolicyDocument document = reader.read(file.getFileName().toString(), content);
                Loaded before = loaded.putIfAbsent(document.label(), new Loaded(document, content, file));
                if (before != null) {
                    throw new IllegalStateException(document.label() + " is defined twice: in "
                            + before.file.getFileName() + " and in " + file.getFileName());
                }
            } catch (InvalidDefinitionException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(problems);
        }
        List<PolicyDocument> result = new ArrayList<>();
        for (Loaded l : loaded.values()) {
            Optional<PolicyDocumentVersion> stored = versions.find(l.document.id(), l.document.version());
            if (stored.isPresent() && !stored.get().contentHash().equals(l.document.contentHash())) {
                throw new IllegalStateException(l.file.getFileName() + ": " + l.document.label()
                        + " was first loaded on " + stored.get().loadedAt() + " with different content. A loaded"
                        + " version never changes, so that what programs cited stays readable: give the changed"
                        + " file a new version number.");
            }
            if (stored.isEmpty()) {
                checkPeriods(l.document, otherVersions(l.document, loaded.values()));
                store(l.document, l.content, l.file.getFileName().toString(), ProgramVersion.Origin.FILE, "system");
            }
            parsedByHash.putIfAbsent(l.document.contentHash(), l.document);
            result.add(l.document);
        }
        return result;
    }

    private record Loaded(PolicyDocument document, String content, Path file) {}

    private List<PolicyDocument> otherVersions(PolicyDocument document, Collection<Loaded> files) {
        Map<String, PolicyDocument> others = new LinkedHashMap<>();
        for (PolicyDocument stored : storedDocuments()) {
            others.put(stored.label(), stored);
        }
        files.forEach(l -> others.putIfAbsent(l.document.label(), l.document));
        others.remove(document.label());
        return others.values().stream()
                .filter(d -> d.id().equals(document.id()))
                .toList();
    }

    /** Reads an uploaded document file; every problem of the file is reported together. */
    public PolicyDocument read(String fileName, String content) {
        return reader.read(fileName, content);
    }

    /**
     * The checks of a new version that concern the document alone: its version is above every stored version of
     * the document, and its in-force period is that of the versions it corrects or shares no day with them.
     */
    public void checkNewVersion(PolicyDocument document) {
        List<PolicyDocument> stored = storedDocuments().stream()
                .filter(d -> d.id().equals(document.id()))
                .toList();
        int latest = stored.stream().mapToInt(PolicyDocument::version).max().orElse(0);
        if (document.version() <= latest) {
            throw new DomainException("policy.versionNotNewer", document.id(), document.version(), latest);
        }
        checkPeriods(document, stored);
    }

    /** Refuses a version whose in-force period overlaps another version's without being the same period. */
    static void checkPeriods(PolicyDocument document, List<PolicyDocument> otherVersions) {
        for (PolicyDocument other : otherVersions) {
            if (other.id().equals(document.id()) && document.overlaps(other) && !document.samePeriod(other)) {
                throw new DomainException(
                        "policy.overlap", document.label(), period(document), other.label(), period(other));
            }
        }
    }

    private static String period(PolicyDocument d) {
        return d.inForceFrom() + " – " + (d.inForceTo() == null ? "" : d.inForceTo());
    }

    void store(PolicyDocument document, String content, String fileName, ProgramVersion.Origin origin, String by) {
        try {
            versions.insert(new PolicyDocumentVersion(document, content, fileName, origin, by, clock.instant()));
        } catch (RuntimeException raced) {
            // another node stored the same version a moment ago: fine if it stored the same content
            Optional<PolicyDocumentVersion> stored = versions.find(document.id(), document.version());
            if (stored.isEmpty() || !stored.get().contentHash().equals(document.contentHash())) {
                throw raced;
            }
        }
        parsedByHash.putIfAbsent(document.contentHash(), document);
    }

    /** The latest version of every stored document: what programs cite and pages and letters print. */
    public PolicyLibrary library() {
        return new PolicyLibrary(storedDocuments());
    }

    /** Every stored version, parsed, ordered by id and version. */
    public List<PolicyDocument> storedDocuments() {
        return versions.keys().stream().map(this::parsed).toList();
    }

    public List<PolicyDocumentVersion> storedVersions() {
        return versions.all();
    }

    private PolicyDocument parsed(PolicyDocumentVersions.Key key) {
        return parsedByHash.computeIfAbsent(key.hash(), hash -> {
            PolicyDocumentVersion stored =
                    versions.find(key.documentId(), key.version()).orElseThrow();
            return reader.read(stored.fileName(), stored.content());
        });
    }
}
