package org.bedsideneuro.ui.start;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The window's Demo menu. In the demo: back to the ward's database, and a fresh demo ward dated today. In a ward:
 * one item to look around the demo ward, which opens its own database and leaves the ward's untouched.
 */
public final class DemoMenu {
    private DemoMenu() {
    }

    public static Menu create(boolean inDemo, DemoSwitches switches) {
        Menu menu = new Menu("Demo");
        menu.setId("demoMenu");
        if (inDemo) {
            MenuItem leave = new MenuItem("Leave the demo: open this ward's database");
            leave.setId("leaveDemo");
            leave.setOnAction(e -> switches.leaveDemo());
            MenuItem reset = new MenuItem("Reset the demo ward\u2026");
            reset.setId("resetDemo");
            reset.setOnAction(e -> {
                if (confirmReset()) {
                    switches.resetDemo();
                }
            });
            menu.getItems().addAll(leave, new SeparatorMenuItem(), reset);
        } else {
            MenuItem explore = new MenuItem("Explore the demo ward");
            explore.setId("exploreDemoMenuItem");
            explore.setOnAction(e -> switches.exploreDemo());
            menu.getItems().add(explore);
        }
        return menu;
    }

    private static boolean confirmReset() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Everything recorded in the demo ward is replaced by a fresh demo ward"
                + " dated today. The ward's own database is not touched.", ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Reset the demo ward?");
        ask.setTitle("BedsideNeuro DEMO");
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
