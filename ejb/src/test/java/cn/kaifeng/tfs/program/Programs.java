package cn.kaifeng.tfs.program;

import cn.kaifeng.tfs.program.criteria.BandsType;
import cn.kaifeng.tfs.program.criteria.BestOfType;
import cn.kaifeng.tfs.program.criteria.ChoiceType;
import cn.kaifeng.tfs.program.criteria.ConditionType;
import cn.kaifeng.tfs.program.criteria.ExpertType;
import cn.kaifeng.tfs.program.criteria.PerItemType;
import cn.kaifeng.tfs.program.criteria.ThresholdType;
import cn.kaifeng.tfs.program.definition.CriterionTypes;
import cn.kaifeng.tfs.program.definition.DefinitionReader;
import cn.kaifeng.tfs.program.definition.PolicyDocumentReader;
import cn.kaifeng.tfs.program.domain.PolicyDocument;
import cn.kaifeng.tfs.program.domain.PolicyLibrary;
import cn.kaifeng.tfs.program.domain.ProgramDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixture: the built-in criterion types and the shipped definitions in config/programs, read as the server reads them. */
public final class Programs {

    public static final Path SHIPPED = Path.of("..", "config", "programs");
    public static final Path POLICY = Path.of("..", "config", "policy");

    private Programs() {}

    public static CriterionTypes types() {
        return CriterionTypes.of(List.of(
                new ConditionType(),
                new ThresholdType(),
                new BandsType(),
                new PerItemType(),
                new ChoiceType(),
                new BestOfType(),
                new ExpertType()));
    }

    /** A reader for new definitions that checks citations against the shipped documents of config/policy. */
    public static DefinitionReader reader() {
        return new DefinitionReader(types(), policies());
    }

    private static PolicyLibrary policies;

    /** The shipped documents of config/policy, read once per JVM as the server reads them. */
    public static synchronized PolicyLibrary policies() {
        if (policies == null) {
            policies = new PolicyLibrary(
                    policyFiles().stream().map(Programs::readDocument).toList());
        }
        return policies;
    }

    public static PolicyDocument readDocument(Path file) {
        try {
            return new PolicyDocumentReader()
                    .read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> policyFiles() {
        try (Stream<Path> files = Files.list(POLICY)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProgramDefinition shipped(String fileName) {
        return read(SHIPPED.resolve(fileName));
    }

    public static ProgramDefinition read(Path file) {
        try {
            return reader().read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points compared as numbers (20 equals 20.00), with both in the message. */
    public static void assertPoints(String expected, java.math.BigDecimal actual) {
        org.junit.jupiter.api.Assertions.assertEquals(
                0,
                new java.math.BigDecimal(expected).compareTo(actual),
                () -> "expected " + expected + " but was " + actual);
    }

    /** A value from a CSV table cell: true/false as a boolean, a number as BigDecimal, anything else as text. */
    public static Object value(String raw) {
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf(raw);
        }
        return raw.matches("-?\\d+(\\.\\d+)?") ? new java.math.BigDecimal(raw) : raw;
    }

    /** Options of a multi-choice from a CSV table cell, separated by semicolons. */
    public static List<String> options(String raw) {
        return raw == null ? List.of() : java.util.Arrays.asList(raw.split(";"));
    }

    public static List<Path> shippedFiles() {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
