package cn.wuhan.qualityaward.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The databases the system supports, each fresh for a run. */
enum BenchDatabase {
    /** The file database of the default configuration, under target/bench/h2. */
    H2("H2 (file)"),
    /** PostgreSQL 16 from zonky's binaries, started for the run. */
    POSTGRES("PostgreSQL 16");

    private final String label;
    private EmbeddedPostgres server;

    BenchDatabase(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static List<BenchDatabase> list(String names) {
        return Arrays.stream(names.split(","))
                .map(n -> valueOf(n.trim().toUpperCase(Locale.ROOT)))
                .toList();
    }

    /** Spring properties for an empty database. */
    Map<String, Object> start() {
        return switch (this) {
            case H2 -> {
                Path dir = Path.of("target", "bench", "h2");
                deleteRecursively(dir);
                yield Map.of(
                        "spring.datasource.url",
                                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("award") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "");
            }
            case POSTGRES -> {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
                }
                yield Map.of(
                        "spring.datasource.url", server.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "postgres",
                        "spring.datasource.driver-class-name", "org.postgresql.Driver");
            }
        };
    }

    void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
