package cn.kaifeng.tfs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The features' floors hold for queries too. A query is a string, so the class dependencies {@link ArchitectureTest}
 * checks do not see that a JPQL or SQL text names an entity or a table: this test reads the string literals of the
 * main sources and finds the entities (by JPQL name) and tables (by name) each query names after FROM, JOIN, UPDATE
 * or INTO. A feature may query its own entities and those of the floors below it, never those of a floor above: a
 * lower feature that needs to know something only a higher one stores asks through an interface it owns.
 */
class QueryFloorsTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]++|\\\\.)*+)\"");

    /** A character literal such as '"', which would otherwise be read as the start of a string. */
    private static final Pattern CHARACTER = Pattern.compile("'(?:[^'\\\\]|\\\\.)'");

    private static final Pattern NAMED = Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INTO)\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern FEATURE = Pattern.compile("cn/kaifeng/tfs/([a-z]+)/");

    @Test
    void queriesNameOnlyTheirOwnFloorOrTheFloorsBelow() throws IOException {
        Map<String, String> owners = owners();
        assertTrue(owners.containsKey("Application") && owners.containsKey("application"), "entities found");
        List<String> wrong = new ArrayList<>();
        int queries = 0;
        for (Path root : List.of(Path.of("..", "ejb", "src", "main", "java"), Path.of("src", "main", "java"))) {
            List<Path> sources;
            try (Stream<Path> files = Files.walk(root)) {
                sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path source : sources) {
                Matcher feature = FEATURE.matcher(source.toString().replace('\\', '/'));
                if (!feature.find()) {
                    continue;
                }
                int floor = ArchitectureTest.FLOORS.indexOf(feature.group(1));
                Matcher literal = LITERAL.matcher(
                        CHARACTER.matcher(Files.readString(source)).replaceAll("' '"));
                while (literal.find()) {
                    Matcher named = NAMED.matcher(literal.group(1));
                    while (named.find()) {
                        String owner = owners.get(named.group(1));
                        if (owner == null) {
                            continue;
                        }
                        queries++;
                        if (ArchitectureTest.FLOORS.indexOf(owner) > floor) {
                            wrong.add(source.getFileName() + " (" + feature.group(1) + ") queries " + named.group(1)
                                    + " of " + owner + ", a floor above it");
                        }
                    }
                }
            }
        }
        assertTrue(queries > 100, "queries found: " + queries);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Each entity's JPQL name and table name, to the feature that owns it. */
    private static Map<String, String> owners() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kaifeng.tfs");
        Map<String, String> owners = new TreeMap<>();
        for (JavaClass entity : classes) {
            if (!entity.isAnnotatedWith(Entity.class)) {
                continue;
            }
            String feature = entity.getPackageName().split("\\.")[3];
            String name = entity.getAnnotationOfType(Entity.class).name();
            owners.put(name.isEmpty() ? entity.getSimpleName() : name, feature);
            if (entity.isAnnotatedWith(Table.class)) {
                owners.put(entity.getAnnotationOfType(Table.class).name(), feature);
            }
        }
        return owners;
    }
}
