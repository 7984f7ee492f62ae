package cn.kaifeng.tfs.program.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.program.Programs;
import cn.kaifeng.tfs.program.definition.DefinitionProblem;
import cn.kaifeng.tfs.program.definition.InvalidDefinitionException;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.shared.domain.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents are versioned like programs, and an administrator's import is checked like a program's: against the
 * stored versions of the document and against the programs that cite it. The tables stand in memory.
 */
class PolicyServiceTest {

    @TempDir
    Path directory;

    private InMemoryDocuments documents;
    private PolicyService policies;
    private ProgramService catalog;
    private String kaifeng;

    @BeforeEach
    void setUp() throws IOException {
        documents = new InMemoryDocuments();
        policies = new PolicyService(documents);
        policies.loadShippedFiles(Programs.POLICY);
        catalog = new ProgramService(new ProgramServiceTest.InMemoryVersions(), Programs.types(), policies);
        catalog.loadShippedFiles(Programs.SHIPPED);
        kaifeng = Files.readString(Programs.POLICY.resolve("kaifeng-metaverse-action-plan-2023-2025.yaml"));
    }

    @Test
    void shippedFilesAreStoredOnceWithTheirHash() {
        int stored = documents.rows.size();
        assertEquals(Programs.policyFiles().size(), stored);
        policies.loadShippedFiles(Programs.POLICY); // a restart reads the same files again
        assertEquals(stored, documents.rows.size());
        assertEquals(
                "汴政办〔2023〕16号",
                policies.library().find("KAIFENG_2023").orElseThrow().number());
    }

    @Test
    void aFileChangedUnderAStoredVersionStopsTheStart() throws IOException {
        Files.writeString(directory.resolve("kaifeng.yaml"), kaifeng.replace("汴政办〔2023〕16号\n", "汴政办〔2023〕17号\n"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> policies.loadShippedFiles(directory));
        assertTrue(
                e.getMessage().contains("KAIFENG_2023 v1") && e.getMessage().contains("new version number"),
                e.getMessage());
    }

    /**
     * A new version either corrects the document (the same period) or follows it (a period sharing no day with
     * the earlier ones); any other overlap is refused, so that one text is in force on any day.
     */
    @ParameterizedTest(name = "{0} – {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-04-13|2025-12-31|accepted",
                "2026-01-01|2027-12-31|accepted",
                "2026-01-01||accepted",
                "2025-06-01|2026-12-31|policy.overlap",
                "2023-04-13||policy.overlap",
                "2020-01-01|2023-04-13|policy.overlap",
                "2020-01-01|2023-04-12|accepted",
            })
    void aNewVersionCorrectsOrFollowsTheEarlierOnes(String from, String to, String expected) {
        String period = to == null ? "{from: " + from + "}" : "{from: " + from + ", to: " + to + "}";
        String content = kaifeng.replace("version: 1", "version: 2")
                .replace("inForce: {from: 2023-04-13, to: 2025-12-31}", "inForce: " + period);
        if (expected.equals("accepted")) {
            PolicyDocument imported = assertDoesNotThrow(() -> catalog.importDocument("k2.yaml", content, "admin"));
            assertEquals(
                    2, policies.library().find("KAIFENG_2023").orElseThrow().version());
            assertEquals(2, imported.version());
        } else {
            DomainException e =
                    assertThrows(DomainException.class, () -> catalog.importDocument("k2.yaml", content, "admin"));
            assertEquals(expected, e.messageKey());
        }
    }

    @Test
    void anImportMustRaiseTheVersion() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> catalog.importDocument("k.yaml", kaifeng.replace("16号\n", "16号 \n"), "admin"));
        assertEquals("policy.versionNotNewer", e.messageKey());
    }

    /** A new text that drops words a current program cites is refused, naming the program's file and line. */
    @Test
    void anImportThatBreaksACurrentProgramsCitationIsRefused() {
        String content = kaifeng.replace("version: 1", "version: 2").replace("对其成果转化项目择优给予扶持", "对其成果转化项目给予扶持");
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class, () -> catalog.importDocument("k2.yaml", content, "admin"));
        assertTrue(
                e.problems().stream().allMatch(p -> p.key().equals("quoteNotInClause")),
                e.problems().toString());
        assertTrue(
                e.problems().stream().map(DefinitionProblem::file).anyMatch("kf-rc-team.yaml"::equals),
                e.problems().toString());
        assertEquals(1, policies.library().find("KAIFENG_2023").orElseThrow().version(), "nothing was stored");
    }

    @Test
    void anImportWithAProblemInTheFileIsRefusedWithItsLine() {
        InvalidDefinitionException e = assertThrows(
                InvalidDefinitionException.class,
                () -> catalog.importDocument("k2.yaml", kaifeng.replace("id: KAIFENG_2023", "id: kaifeng"), "admin"));
        assertEquals("documentId", e.problems().get(0).key());
    }
}
