package org.bedsideneuro.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.ui.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two themes: the dark one redefines the whole palette, stays readable, and is switched and kept per computer. */
class ThemeTest {
    private static final Pattern VARIABLE = Pattern.compile("(-bn-[a-z0-9-]+):\\s*(#[0-9a-fA-F]{6}|rgba\\([^)]*\\))\\s*;");

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void backToLight() {
        FxTestSupport.onFx(() -> Theme.use(Theme.Variant.LIGHT));
    }

    private static String css(String name) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream("/org/bedsideneuro/ui/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> palette(String css) {
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        return colours;
    }

    @Test
    void theDarkThemeRedefinesEveryColourOfThePaletteAndNothingElse() throws IOException {
        Map<String, String> light = palette(css("theme.css"));
        Map<String, String> dark = palette(css("dark.css"));
        assertThat(light).hasSizeGreaterThan(20);
        assertThat(dark.keySet()).containsExactlyInAnyOrderElementsOf(light.keySet());
        assertThat(css("dark.css")).doesNotContain("{ -fx-", "-fx-fill", "-fx-stroke"); // only the palette, no rules
    }

    @Test
    void theRulesUseThePaletteOnlySoTheDarkThemeReachesEverything() throws IOException {
        String rules = css("theme.css").replaceAll("(?s)/\\*.*?\\*/", "");
        rules = rules.substring(rules.indexOf('}', rules.indexOf(".root")) + 1); // after the palette
        List<String> literal = new ArrayList<>();
        Matcher m = Pattern.compile("#[0-9a-fA-F]{3,6}\\b|rgba?\\(|\\bwhite\\b|\\bblack\\b").matcher(rules);
        while (m.find()) {
            literal.add(m.group());
        }
        assertThat(literal).as("colours written outside the palette").isEmpty();
    }

    @Test
    void textStaysReadableInBothThemes() throws IOException {
        for (String file : List.of("theme.css", "dark.css")) {
            Map<String, String> p = palette(css(file));
            // WCAG 2: 7:1 for body text (AAA), 4.5:1 for the marks and muted text (AA).
            assertThat(contrast(p.get("-bn-text"), p.get("-bn-background"))).as(file + " text").isGreaterThanOrEqualTo(7);
            assertThat(contrast(p.get("-bn-text"), p.get("-bn-surface"))).as(file + " text on a surface").isGreaterThanOrEqualTo(7);
            assertThat(contrast(p.get("-bn-problem-text"), p.get("-bn-problem-background"))).as(file + " problem").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(p.get("-bn-info-text"), p.get("-bn-info-background"))).as(file + " info").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(p.get("-bn-text-muted"), p.get("-bn-surface"))).as(file + " muted").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(p.get("-bn-worse"), p.get("-bn-worse-background"))).as(file + " worse").isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(p.get("-bn-accent-text"), p.get("-bn-accent"))).as(file + " primary button").isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void switchingRestylesOpenWindowsAndDialogPanesWithTheDarkPaletteLast() {
        Scene scene = FxTestSupport.onFx(() -> {
            Stage stage = new Stage();
            Scene s = new Scene(new StackPane(), 200, 100);
            Theme.apply(s);
            stage.setScene(s);
            stage.show();
            return s;
        });
        DialogPane pane = FxTestSupport.onFx(() -> {
            DialogPane p = new DialogPane();
            Theme.apply(p);
            Stage stage = new Stage();
            stage.setScene(new Scene(p));
            stage.show();
            return p;
        });
        assertThat(scene.getStylesheets()).containsExactly(Theme.lightStylesheet());

        FxTestSupport.onFx(() -> Theme.use(Theme.Variant.DARK));
        assertThat(scene.getStylesheets()).containsExactly(Theme.lightStylesheet(), Theme.darkStylesheet());
        assertThat(pane.getStylesheets()).containsExactly(Theme.lightStylesheet(), Theme.darkStylesheet());
        Scene later = FxTestSupport.onFx(() -> {
            Scene s = new Scene(new StackPane());
            Theme.apply(s);
            return s;
        });
        assertThat(later.getStylesheets()).as("a window opened afterwards").containsExactly(Theme.lightStylesheet(), Theme.darkStylesheet());

        FxTestSupport.onFx(() -> Theme.use(Theme.Variant.LIGHT));
        assertThat(scene.getStylesheets()).containsExactly(Theme.lightStylesheet());
        assertThat(pane.getStylesheets()).containsExactly(Theme.lightStylesheet());
        FxTestSupport.onFx(() -> Window.getWindows().stream().filter(w -> w.getScene() == scene || w.getScene() == pane.getScene())
                .toList().forEach(Window::hide));
    }

    @Test
    void theMenuItemSwitchesAndKeepsTheChoiceForThisComputer() {
        Path file = dir.resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withLockMinutes(12).save(file);
        List<String> problems = new ArrayList<>();
        CheckMenuItem item = FxTestSupport.onFx(() -> ThemeSetting.menuItem(file, problems::add));
        assertThat(item.isSelected()).isFalse();

        FxTestSupport.onFx(() -> item.setSelected(true)); // what a click on it does
        assertThat(Theme.variant()).isEqualTo(Theme.Variant.DARK);
        assertThat(ComputerSettings.load(file).darkTheme()).isTrue();
        assertThat(ComputerSettings.load(file).lockMinutes()).as("the lock time kept").isEqualTo(12);

        FxTestSupport.onFx(() -> Theme.use(Theme.Variant.LIGHT));
        FxTestSupport.onFx(() -> ThemeSetting.applySaved(file));
        assertThat(Theme.variant()).as("the next start").isEqualTo(Theme.Variant.DARK);
        assertThat(problems).isEmpty();
    }

    @Test
    void aChoiceThatCannotBeSavedStaysForTheSessionAndSaysWhy() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        List<String> problems = new ArrayList<>();
        CheckMenuItem item = FxTestSupport.onFx(() -> ThemeSetting.menuItem(notAFolder.resolve(ComputerSettings.FILE_NAME), problems::add));
        FxTestSupport.onFx(() -> item.setSelected(true)); // what a click on it does
        assertThat(Theme.variant()).isEqualTo(Theme.Variant.DARK);
        assertThat(problems).singleElement().asString().startsWith("The theme is changed for now, but could not be kept");
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
