package org.bedsideneuro.ui.login;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.ui.common.NoticeArea;

/** The "Who is recording?" screen. Binds to {@link WhoIsRecordingViewModel}; Enter in the name field continues. */
public final class WhoIsRecordingView extends StackPane {
    private final TextField nameField = new TextField();

    public WhoIsRecordingView(WhoIsRecordingViewModel model, Consumer<Clinician> onSignedIn) {
        getStyleClass().add("login-screen");

        Label title = new Label("Who is recording?");
        title.getStyleClass().add("screen-title");
        Label explanation = new Label("Every exam and observation you save carries your name and role.");
        explanation.getStyleClass().add("muted");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE); // wrap onto a second line rather than cut the sentence

        Label nameLabel = new Label("Your name");
        nameLabel.getStyleClass().add("field-label");
        nameLabel.setLabelFor(nameField);
        nameField.setId("loginName");
        nameField.setPromptText("e.g. Dr A. Example");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        Label nameError = new Label();
        nameError.setId("loginNameError");
        nameError.getStyleClass().add("field-error");
        nameError.textProperty().bind(model.nameErrorProperty());

        Label roleLabel = new Label("Your role");
        roleLabel.getStyleClass().add("field-label");
        ToggleGroup roles = new ToggleGroup();
        HBox roleButtons = new HBox();
        roleButtons.getStyleClass().add("toolbar-row");
        for (Role role : WhoIsRecordingViewModel.offeredRoles()) {
            ToggleButton button = new ToggleButton(role.label());
            button.setId("loginRole" + role.label());
            button.setUserData(role);
            button.setToggleGroup(roles);
            button.setSelected(role == model.roleProperty().get());
            roleButtons.getChildren().add(button);
        }
        roles.selectedToggleProperty().addListener((obs, old, now) ->
                model.roleProperty().set(now == null ? null : (Role) now.getUserData()));

        Button proceed = new Button("Start recording");
        proceed.setId("loginContinue");
        proceed.setDefaultButton(true);
        proceed.disableProperty().bind(model.canContinueBinding().not());
        proceed.setOnAction(e -> model.signIn(onSignedIn));

        VBox panel = new VBox(title, explanation, nameLabel, nameField, nameError, roleLabel, roleButtons, proceed,
                new NoticeArea(model.noticeProperty()));
        panel.getStyleClass().add("login-panel");
        getChildren().add(panel);
    }

    /** Puts the cursor in the name field, so the clinician can type at once. */
    public void focusName() {
        nameField.requestFocus();
    }
}
