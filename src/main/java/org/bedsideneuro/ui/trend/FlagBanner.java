package org.bedsideneuro.ui.trend;

import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The flags at the top of the patient page: newest first, one line each with its date, plain title and the values
 * that made it fire (the meaning and the rule in its tooltip); a click opens the exam behind it. At most
 * {@link #SHOWN} lines, then "and N more", which opens the rest in a short scrolling list, so the banner never pushes
 * the trend off a laptop screen. Hidden when the patient has no flags. Decision support, not diagnoses (clinical
 * reference section 7), and it says so.
 *
 * <p>"Hide" folds it to its title line, so that a neurologist entering an exam on a laptop screen has the form's room
 * (the lines took a sixth of the window). Ours, and never silent: the title with the count stays, and the lines come
 * back by themselves as soon as a flag is there that was not when they were hidden (a new finding, another patient).
 */
public final class FlagBanner extends VBox {
    /** Ours: three lines fit above the tabs on a 1366x768 screen with the trend below; the rest on request. */
    static final int SHOWN = 3;
    /** Ours: the opened list scrolls beyond this height instead of growing (about eight lines). */
    private static final double MORE_HEIGHT = 160;

    private final TrendViewModel model;
    private final Button toggle = new Button();
    /** The flags shown when "Hide" was chosen; null while the lines are shown. */
    private Set<FlagLine> hiddenWith;
    /** Whether "and N more" was opened. */
    private boolean allShown;

    public FlagBanner(TrendViewModel model) {
        this.model = model;
        setId("flagBanner");
        getStyleClass().add("flag-banner");
        toggle.setId("flagBannerToggle");
        toggle.getStyleClass().add("flag-banner-toggle");
        // Not focus-traversable: a banner rebuilt on every load must never take the keyboard away from the history list.
        toggle.setFocusTraversable(false);
        toggle.setOnAction(e -> {
            hiddenWith = hiddenWith == null ? Set.copyOf(model.flagLines()) : null;
            show();
        });
        model.flagLines().addListener((ListChangeListener<FlagLine>) c -> show());
        show();
    }

    /** True while the lines stay folded: every flag there now was there when they were hidden. */
    static boolean staysHidden(Set<FlagLine> hiddenWith, List<FlagLine> now) {
        return hiddenWith != null && hiddenWith.containsAll(now);
    }

    /** Whether the flag lines are shown (false: folded to the title by "Hide"). */
    public boolean linesShown() {
        return hiddenWith == null;
    }

    private void show() {
        getChildren().clear();
        List<FlagLine> lines = model.flagLines();
        int count = lines.size();
        setVisible(count > 0);
        setManaged(count > 0);
        if (count == 0) {
            return; // a reload clears the list before it fills it again: the folding is decided when it is filled
        }
        if (!staysHidden(hiddenWith, lines)) {
            hiddenWith = null;
        }
        Label title = new Label(count + (count == 1 ? " flag" : " flags") + " (decision support, not diagnoses); newest first"
                + (linesShown() ? ":" : ", hidden."));
        title.getStyleClass().add("flag-banner-title");
        toggle.setText(linesShown() ? "Hide" : "Show");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(8, title, spacer);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(titleRow);
        if (!linesShown()) {
            titleRow.getChildren().add(toggle);
            return;
        }
        for (FlagLine line : lines.subList(0, Math.min(SHOWN, count))) {
            getChildren().add(lineLabel(line));
        }
        if (count > SHOWN) {
            Button more = new Button(allShown ? "Show fewer" : "and " + (count - SHOWN) + " more");
            more.setId("flagBannerMore");
            more.getStyleClass().addAll("flag-banner-toggle", "flag-banner-more");
            more.setFocusTraversable(false);
            more.setOnAction(e -> {
                allShown = !allShown;
                show();
            });
            if (allShown) {
                VBox rest = new VBox();
                lines.subList(SHOWN, count).forEach(l -> rest.getChildren().add(lineLabel(l)));
                ScrollPane scroll = new ScrollPane(rest);
                scroll.setFitToWidth(true);
                scroll.setMaxHeight(MORE_HEIGHT);
                scroll.getStyleClass().add("flag-banner-more-list");
                getChildren().add(scroll);
            }
            // On the title line, beside "Hide": the banner keeps to its title and three lines.
            titleRow.getChildren().add(more);
        }
        titleRow.getChildren().add(toggle);
    }

    /** One flag on one line (cut with an ellipsis when long; the tooltip has it all). */
    private Label lineLabel(FlagLine line) {
        // A label, not a Hyperlink: links are focus-traversable (see the toggle).
        Label link = new Label(line.text());
        link.getStyleClass().add("flag-banner-line");
        link.setWrapText(false);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setUserData(line.flag());
        link.setTooltip(new Tooltip(line.details()));
        link.setAccessibleText(line.text() + ". " + line.meaning());
        link.setOnMouseClicked(e -> {
            if (!line.flag().examIds().isEmpty()) {
                model.openExam(line.flag().examIds().get(line.flag().examIds().size() - 1));
            }
        });
        return link;
    }
}
