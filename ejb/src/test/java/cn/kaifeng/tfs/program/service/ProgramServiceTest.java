package cn.kaifeng.tfs.program.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.ProgramVersion;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's versioning rules, with the stored versions kept in memory instead of the database. */
class ProgramServiceTest {

    /** Stands in for the table; same contract as ProgramVersions. */
    static final class InMemoryVersions extends ProgramVersions {
        final List<ProgramVersion> rows = new ArrayList<>();

        @Override
        public Optional<ProgramVersion> find(String code, int version) {
            return rows.stream()
                    .filter(r -> r.programCode().equals(code) && r.version() == version)
                    .findFirst();
        }

        @Override
        public List<Key> publishedKeys() {
            return rows.stream()
                    .filter(r -> r.status() == ProgramVersion.Status.PUBLISHED)
                    .sorted(Comparator.comparing(ProgramVersion::programCode).thenComparing(ProgramVersion::version))
                    .map(r -> new Key(r.programCode(), r.version(), r.contentHash()))
                    .toList();
        }

        @Override
        public List<ProgramVersion> all() {
            return List.copyOf(rows);
        }

        @Override
        public Optional<Integer> latestVersion(String code) {
            return rows.stream()
                    .filter(r -> r.programCode().equals(code))
                    .map(ProgramVersion::version)
                    .max(Integer::compare);
        }

        @Override
        public void insert(ProgramVersion version) {
            if (find(version.programCode(), version.version()).isPresent()) {
                throw new IllegalStateException("unique constraint");
            }
            rows.add(version);
        }

        @Override
        public void publish(String code, int version, String by, Instant at) {
            find(code, version).orElseThrow().publish(by, at);
        }
    }

    @TempDir
    Path directory;

    private InMemoryVersions versions;
    private ProgramService catalog;
    private String testProgram;

    @BeforeEach
    void setUp() throws IOException {
        versions = new InMemoryVersions();
        PolicyService policies = new PolicyService(new InMemoryDocuments());
        policies.loadShippedFiles(Programs.POLICY);
        catalog = new ProgramService(versions, Programs.types(), policies);
        testProgram = Files.readString(Path.of("src/test/resources/programs/test-new-program.yaml"));
        Files.writeString(directory.resolve("test.yaml"), testProgram);
    }

    @Test
    void shippedFilesAreStoredOnceWithTheirHash() {
        catalog.loadShippedFiles(directory);
        catalog.loadShippedFiles(directory); // a restart reads the same files again
        assertEquals(1, versions.rows.size());
        ProgramVersion stored = versions.rows.get(0);
        assertEquals("TEST-NEW", stored.programCode());
        assertEquals(ProgramVersion.Status.PUBLISHED, stored.status());
        assertEquals(testProgram, stored.content());
        assertEquals(3, catalog.current("TEST-NEW").orElseThrow().version());
    }

    @Test
    void aFileChangedUnderAnOldVersionNumberStopsTheStart() throws IOException {
        catalog.loadShippedFiles(directory);
        Files.writeString(directory.resolve("test.yaml"), testProgram.replace("minTotal: 20", "minTotal: 25"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> catalog.loadShippedFiles(directory));
        assertTrue(
                e.getMessage().contains("TEST-NEW v3") && e.getMessage().contains("new version number"),
                e.getMessage());
    }

    @Test
    void problemsOfEveryFileAreReportedTogether() throws IOException {
        Files.writeString(
                directory.resolve("a.yaml"),
                testProgram.replace("code: TEST-NEW", "code: TEST-A").replace("type: choice", "type: choise"));
        Files.writeString(
                directory.resolve("b.yaml"),
                testProgram.replace("code: TEST-NEW", "code: TEST-B").replace("when: inKaifeng", "when: inKaifong"));
        InvalidDefinitionException e =
                assertThrows(InvalidDefinitionException.class, () -> catalog.loadShippedFiles(directory));
        assertEquals(
                List.of("a.yaml", "b.yaml"),
                e.problems().stream().map(p -> p.file()).toList());
        assertTrue(versions.rows.isEmpty(), "nothing is stored when any file has problems");
    }

    @Test
    void theSameVersionInTwoFilesIsRefused() throws IOException {
        Files.writeString(directory.resolve("copy.yaml"), testProgram);
        assertThrows(IllegalStateException.class, () -> catalog.loadShippedFiles(directory));
    }

    @Test
    void anImportIsADraftUntilPublishedAndOnlyNewerVersionsAreAccepted() {
        catalog.loadShippedFiles(directory);
        String v4 = testProgram.replace("version: 3", "version: 4").replace("minTotal: 20", "minTotal: 25");
        catalog.importDraft("v4.yaml", v4, "demo.admin");
        assertEquals(3, catalog.current("TEST-NEW").orElseThrow().version(), "a draft is not offered yet");
        assertEquals(
                4, catalog.version("TEST-NEW", 4).orElseThrow().version(), "but it can be read, e.g. for a dry run");

        catalog.publish("TEST-NEW", 4, "demo.admin");
        assertEquals(4, catalog.current("TEST-NEW").orElseThrow().version());
        assertEquals(3, catalog.version("TEST-NEW", 3).orElseThrow().version(), "old versions stay readable");

        DomainException older = assertThrows(
                DomainException.class,
                () -> catalog.importDraft("v2.yaml", testProgram.replace("version: 3", "version: 2"), "demo.admin"));
        assertEquals("program.versionNotNewer", older.messageKey());
        assertEquals(
                "program.alreadyPublished",
                assertThrows(DomainException.class, () -> catalog.publish("TEST-NEW", 4, "x"))
                        .messageKey());
    }
}
