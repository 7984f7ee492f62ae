package cn.kaifeng.tfs.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A WildFly of a test's own, beside the suite's server: the provisioned server with its own base directory, ports
 * and a fresh database (a database of the suite's PostgreSQL when the suite runs on PostgreSQL, otherwise an H2
 * file), for tests that kill, restart or misconfigure a server (LetterRoundCrashIT, DemoGuardIT).
 */
public final class SeparateServer {

    private final Path base;
    private final int offset;
    private final String multicast;
    private final String h2Options;
    private final String url;
    private String jdbcUrl;
    private String jdbcUser;
    private String jdbcPassword;
    private Process process;

    /**
     * A server in target/{name}, on ports offset by {@code offset}, in a cluster of its own ({@code multicast}, never
     * joined with the suite's server or a demo on this machine); {@code h2Options} are added to the H2 file's URL.
     */
    public SeparateServer(String name, int offset, String multicast, String h2Options) {
        this.base = Path.of("target", name).toAbsolutePath();
        this.offset = offset;
        this.multicast = multicast;
        this.h2Options = h2Options;
        this.url = "http://127.0.0.1:" + (8080 + offset);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String jdbcUser() {
        return jdbcUser;
    }

    String jdbcPassword() {
        return jdbcPassword;
    }

    public String url() {
        return url;
    }

    public Path console() {
        return base.resolve("console.log");
    }

    /** A clean base directory with the suite's configuration and the application, and an empty database. */
    public void prepare() throws IOException, SQLException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        copy(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(
                Path.of(System.getProperty("tfs.ear")),
                base.resolve("deployments/tfs.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        String suiteUrl = System.getenv("TFS_DB_URL");
        if (suiteUrl != null && suiteUrl.startsWith("jdbc:postgresql:")) {
            jdbcUser = System.getenv().getOrDefault("TFS_DB_USER", "postgres");
            jdbcPassword = System.getenv().getOrDefault("TFS_DB_PASSWORD", "postgres");
            jdbcUrl = suiteUrl.replaceAll("/[^/?]+(\\?.*)?$", "/" + database());
            try (Connection admin = DriverManager.getConnection(adminUrl(), jdbcUser, jdbcPassword);
                    Statement create = admin.createStatement()) {
                create.execute("DROP DATABASE IF EXISTS " + database());
                create.execute("CREATE DATABASE " + database() + " ENCODING 'UTF8'");
            }
        } else {
            jdbcUser = "sa";
            jdbcPassword = "sa";
            jdbcUrl = "jdbc:h2:file:" + base.resolve("db/tfs") + h2Options
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
    }

    /**
     * Starts the server with the database and the given environment on top, and waits until it has booted (its log
     * says WFLYSRV0025 or WFLYSRV0026, started with errors) or three minutes pass.
     */
    public void start(Map<String, String> environment) throws IOException, InterruptedException {
        start(environment, Duration.ofSeconds(180));
    }

    /** As {@link #start(Map)}, waiting up to {@code boot} (a demo that seeds its year boots for minutes). */
    public void start(Map<String, String> environment, Duration boot) throws IOException, InterruptedException {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        long logged = Files.exists(console()) ? Files.size(console()) : 0;
        ProcessBuilder builder = new ProcessBuilder(
                        jbossHome.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + offset,
                        "-Djboss.default.multicast.address=" + multicast,
                        "-Djava.net.preferIPv4Stack=true")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        Map<String, String> env = builder.environment();
        env.remove("TFS_DEMO");
        env.put("TFS_DB_DRIVER", jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2");
        env.put("TFS_DB_URL", jdbcUrl);
        env.put("TFS_DB_USER", jdbcUser);
        env.put("TFS_DB_PASSWORD", jdbcPassword);
        env.put("TFS_PUBLIC_URL", url);
        env.put("TFS_FILES_DIR", base.resolve("files").toString());
        env.put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true");
        env.putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(boot);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                return;
            }
            String log = Files.readString(console()).substring((int) logged);
            if (log.contains("WFLYSRV0025") || log.contains("WFLYSRV0026")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not boot within " + boot.toSeconds() + " s; see " + console());
    }

    /** Stops the server and waits until it has gone (SIGTERM: a clean shutdown). */
    public void stop() {
        end(false);
    }

    /** SIGKILL to the JVM (and the start script): no shutdown hook, no graceful undeploy, as a power cut. */
    void kill() {
        end(true);
    }

    /** Stops the server if it runs, and drops its PostgreSQL database if it has one. */
    public void close() throws SQLException {
        stop();
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            try (Connection admin = DriverManager.getConnection(adminUrl(), jdbcUser, jdbcPassword);
                    Statement drop = admin.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + database());
            }
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(forcibly ? ProcessHandle::destroyForcibly : ProcessHandle::destroy);
        all.forEach(p -> p.onExit().join());
        process = null;
    }

    private String database() {
        return "tfs_" + base.getFileName().toString().replace('-', '_');
    }

    private String adminUrl() {
        return jdbcUrl.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
