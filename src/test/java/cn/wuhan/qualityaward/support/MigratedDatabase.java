package cn.wuhan.qualityaward.support;

import cn.wuhan.qualityaward.nomination.IdNumberProtection;
import cn.wuhan.qualityaward.nomination.migration.V2__ProtectIdNumbers;
import cn.wuhan.qualityaward.nomination.migration.V4__NominationNameKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database with every award migration applied, for the tests that run a migration's SQL on H2 and PostgreSQL. */
public final class MigratedDatabase {

    private MigratedDatabase() {}

    /** Runs {@code test} on a fresh, migrated in-memory H2 database; {@code name} tells the test's apart. */
    public static void onH2(String name, Consumer<DataSource> test) {
        DataSource database = freshH2(name);
        migrate(database);
        test.accept(database);
    }

    /** Runs {@code test} on a fresh, migrated PostgreSQL, started for it and stopped after. */
    public static void onPostgres(Consumer<DataSource> test) throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            migrate(database);
            test.accept(database);
        }
    }

    /** A fresh in-memory H2 database, kept until the JVM ends; {@code name} tells the test's apart. */
    public static DataSource freshH2(String name) {
        return new DriverManagerDataSource(
                "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** Applies every migration of {@code db/migration}, the Java ones included, as the application does. */
    public static void migrate(DataSource database) {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(
                        new V2__ProtectIdNumbers(new IdNumberProtection("a-key-of-sixteen-characters-or-more")),
                        new V4__NominationNameKeys())
                .load()
                .migrate();
    }
}
