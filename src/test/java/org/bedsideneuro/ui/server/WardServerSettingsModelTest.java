package org.bedsideneuro.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.persistence.PasswordPrompt;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.testdb.TestPostgres;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Settings, Ward server…" without a window: the choice, its test, and what is remembered. */
class WardServerSettingsModelTest {
    @TempDir
    Path dir;
    private final BackgroundRunner runner = new BackgroundRunner();
    private final List<String> asked = new ArrayList<>();
    private final PasswordPrompt prompt = question -> {
        asked.add(question);
        return Optional.of("s3cret-typed".toCharArray());
    };

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private Path settings() {
        return dir.resolve(ComputerSettings.FILE_NAME);
    }

    private WardServerSettingsModel model() {
        return FxTestSupport.onFx(() -> new WardServerSettingsModel(settings(), dir.resolve("bedside-neuro.db"), runner, prompt, null));
    }

    @Test
    void remembersTheServerForThisComputerKeepingOtherSettingsAndNeverAPassword() throws Exception {
        ComputerSettings.defaults().withLockMinutes(12).save(settings());
        WardServerSettingsModel model = model();
        assertThat(model.useServerProperty().get()).isFalse();

        Optional<DatabaseLocation> chosen = FxTestSupport.onFx(() -> {
            model.useServerProperty().set(true);
            model.uriProperty().set("postgresql://nurse@ward-server:5433/bedside_neuro?sslmode=verify-full");
            return model.save();
        });

        assertThat(chosen).get().isInstanceOf(DatabaseLocation.PostgresServer.class);
        ComputerSettings saved = ComputerSettings.load(settings());
        assertThat(saved.serverUri()).contains("postgresql://nurse@ward-server:5433/bedside_neuro?sslmode=verify-full");
        assertThat(saved.lockMinutes()).as("the other engineer's setting is kept").isEqualTo(12);
        assertThat(model.statusProperty().get()).contains("from its next start");
        assertThat(model().useServerProperty().get()).as("opened again, the dialog shows the saved choice").isTrue();

        Optional<DatabaseLocation> local = FxTestSupport.onFx(() -> {
            model.useServerProperty().set(false);
            return model.save();
        });
        assertThat(local).contains(new DatabaseLocation.SqliteFile(dir.resolve("bedside-neuro.db")));
        assertThat(ComputerSettings.load(settings()).serverUri()).isEmpty();
        assertThat(Files.readString(settings())).doesNotContain("s3cret");
    }

    @Test
    void anAddressThatIsNotAServerOrCarriesAPasswordIsRefusedInWordsAndNothingIsSaved() {
        WardServerSettingsModel model = model();
        Optional<DatabaseLocation> withPassword = FxTestSupport.onFx(() -> {
            model.useServerProperty().set(true);
            model.uriProperty().set("postgresql://nurse:hunter2@ward-server/bedside_neuro");
            return model.save();
        });
        assertThat(withPassword).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("a password is never given").contains("PGPASSWORD");
        assertThat(model.statusProblemProperty().get()).isTrue();
        assertThat(settings()).doesNotExist();

        Optional<DatabaseLocation> aFile = FxTestSupport.onFx(() -> {
            model.uriProperty().set("/home/nurse/ward.db");
            return model.save();
        });
        assertThat(aFile).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("A ward server address starts with postgresql://");
    }

    @Test
    void testsTheConnectionAgainstARealServerWithoutChangingIt() {
        TestPostgres pg = TestPostgres.get();
        DatabaseLocation.PostgresServer empty = pg.emptyDatabase();
        WardServerSettingsModel model = model();
        FxTestSupport.onFx(() -> {
            model.useServerProperty().set(true);
            model.uriProperty().set("postgresql://" + TestPostgres.SUPERUSER + "@127.0.0.1:" + pg.port() + "/" + empty.database());
            model.testConnection();
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.statusProperty().get()).startsWith("Connected to").contains("The database is empty");
        assertThat(model.statusProblemProperty().get()).isFalse();
        // Nothing was created: the test only read.
        pg.execute(empty.database(), "DO $$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public')"
                + " THEN RAISE EXCEPTION 'the connection test wrote tables'; END IF; END $$");

        FxTestSupport.onFx(() -> {
            model.uriProperty().set("postgresql://" + TestPostgres.SUPERUSER + "@127.0.0.1:" + pg.port() + "/no_such_ward");
            model.testConnection();
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.statusProperty().get()).startsWith("The ward server has no database 'no_such_ward'");
        assertThat(model.statusProblemProperty().get()).isTrue();
    }

    @Test
    void aPasswordIsAskedOnlyThroughThePromptAndHandedToTheTestOnly() {
        List<String> passwords = new ArrayList<>();
        WardServerSettingsModel model = FxTestSupport.onFx(() -> new WardServerSettingsModel(settings(), dir.resolve("bedside-neuro.db"), runner,
                prompt, (server, p) -> {
                    passwords.add(new String(p.ask("Password for " + server.user() + " on " + server.host() + ": ").orElseThrow()));
                    return "Connected to " + server.describe();
                }, null));
        FxTestSupport.onFx(() -> {
            model.useServerProperty().set(true);
            model.uriProperty().set("postgresql://nurse@ward-server/bedside_neuro");
            model.testConnection();
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(asked).containsExactly("Password for nurse on ward-server: ");
        assertThat(passwords).containsExactly("s3cret-typed");
        FxTestSupport.onFx(() -> model.save());
        assertThat(settings()).exists();
        assertThat(ComputerSettings.load(settings()).serverUri()).contains("postgresql://nurse@ward-server/bedside_neuro");
    }
}
