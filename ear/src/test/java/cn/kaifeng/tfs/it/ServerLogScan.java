package cn.kaifeng.tfs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaifeng.tfs.shared.domain.ResidentIdNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Run after every integration test (its own failsafe execution, see ear/pom.xml): the servers' logs of the whole
 * suite hold no personal data and no secret. Looked for: ID numbers (any 18-character number whose check character
 * is right), the passwords and bank secrets the tests use, the personal-data key, and HTTP Basic credentials.
 * A finding is reported with the file and line number, never with the value itself.
 */
class ServerLogScan {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    /** A mobile number standing alone (not inside a longer run of digits, such as a time in milliseconds). */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    /**
     * A hex digest, such as the SHA-1 under which WildFly stores deployment content (WFLYDR0001): a random run of
     * hex digits that can hold eleven digits in a row, so digests are masked before numbers are looked for.
     */
    private static final Pattern HEX_DIGEST = Pattern.compile("(?<![0-9A-Za-z])[0-9a-f]{32,}(?![0-9A-Za-z])");

    private static final Pattern BASIC = Pattern.compile("Basic [A-Za-z0-9+/]{8,}={0,2}");

    private static final List<Path> LOG_DIRECTORIES = List.of(
            Path.of("target", "server", "standalone", "log"),
            Path.of("target", "crash-server", "log"),
            Path.of("target", "demo-guard-server", "log"));

    @Test
    void theLogsHoldNoPersonalDataAndNoSecrets() throws IOException {
        List<String> secrets = new ArrayList<>(List.of(
                Deployments.DEMO_PASSWORD,
                "Kaifeng#XR2026",
                "demo-bank-secret-not-for-production",
                "demo-load-test-secret-not-for-production"));
        Path key = Path.of("target", "server", "standalone", "data", "tfs-demo-personal-data.key");
        if (Files.exists(key)) {
            secrets.add(Files.readString(key).strip());
        }
        List<String> findings = new ArrayList<>();
        int lines = 0;
        for (Path directory : LOG_DIRECTORIES) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<Path> logs;
            try (Stream<Path> files = Files.list(directory)) {
                logs = files.filter(f -> f.getFileName().toString().contains(".log"))
                        .sorted()
                        .toList();
            }
            for (Path log : logs) {
                List<String> content = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (int i = 0; i < content.size(); i++) {
                    lines++;
                    String line = content.get(i);
                    String numbers = HEX_DIGEST.matcher(line).replaceAll("<digest>");
                    String where = log + ":" + (i + 1);
                    Matcher id = ID_NUMBER.matcher(numbers);
                    while (id.find()) {
                        if (ResidentIdNumber.isValid(id.group())) {
                            findings.add(where + " an ID number");
                        }
                    }
                    for (String secret : secrets) {
                        if (line.contains(secret)) {
                            findings.add(where + " a password, secret or key");
                        }
                    }
                    if (MOBILE.matcher(numbers).find()) {
                        findings.add(where + " a mobile phone number");
                    }
                    if (BASIC.matcher(line).find()) {
                        findings.add(where + " HTTP Basic credentials");
                    }
                }
            }
        }
        assertTrue(lines > 0, "no server log found to scan");
        assertTrue(
                findings.isEmpty(),
                findings.size() + " finding(s) in " + lines + " log lines:\n"
                        + String.join("\n", findings.subList(0, Math.min(findings.size(), 50))));
        System.out.println("server log scan: " + lines + " lines, no personal data or secrets");
    }
}
