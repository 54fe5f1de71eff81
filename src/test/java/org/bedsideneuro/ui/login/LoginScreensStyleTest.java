package org.bedsideneuro.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock and change-password screens are cards like the login's: each style class they use (and the screen around
 * them) has a rule in theme.css, so they follow the palette and the dark theme instead of showing unstyled.
 */
class LoginScreensStyleTest {
    private static final Account BEN = new Account(Clinician.create("Nurse Ben Sample", Role.NURSE), new LoginName("ben"), false, false,
            true);

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void theLockAndChangePasswordCardsUseOnlyStyledClasses() throws IOException {
        BackgroundRunner runner = FxTestSupport.onFx(BackgroundRunner::new);
        try (Database db = Database.open(dir.resolve("ward.db"), Clock.systemUTC())) {
            WardRecords records = WardRecords.of(db);
            LockPane lock = FxTestSupport.onFx(() -> new LockPane(new LockViewModel(BEN, records.logins(), runner, a -> { }),
                    () -> new LoginPane("Log in as someone else")));
            assertStyled(lock, "login-panel", "login-title");
            ChangePasswordPane change = FxTestSupport.onFx(() -> new ChangePasswordPane(
                    new ChangePasswordViewModel(BEN, records.accounts(), runner, a -> { })));
            assertStyled(change, "login-panel", "login-title");
        } finally {
            runner.close();
        }
    }

    @Test
    void theScreenAroundEveryLoginCardHasARule() throws IOException {
        assertThat(rules()).as("theme.css").containsPattern(selector("login-screen"));
    }

    private static void assertStyled(Parent card, String... expected) throws IOException {
        List<String> used = FxTestSupport.onFx(() -> classesIn(card));
        assertThat(used).contains(expected);
        String css = rules();
        for (String styleClass : used) {
            assertThat(css).as("a rule for ." + styleClass).containsPattern(selector(styleClass));
        }
    }

    private static List<String> classesIn(Node node) {
        List<String> found = new ArrayList<>(node.getStyleClass().stream()
                .filter(c -> !List.of("root", "label", "button", "text-input", "text-field", "password-field", "v-box").contains(c))
                .filter(c -> !c.isBlank()).toList());
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(classesIn(child));
            }
        }
        return found;
    }

    private static Pattern selector(String styleClass) {
        return Pattern.compile("\\." + Pattern.quote(styleClass) + "(?![\\w-])");
    }

    private static String rules() throws IOException {
        try (InputStream in = LoginScreensStyleTest.class.getResourceAsStream("/org/bedsideneuro/ui/theme.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
