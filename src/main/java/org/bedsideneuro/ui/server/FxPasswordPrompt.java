package org.bedsideneuro.ui.server;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.bedsideneuro.persistence.PasswordPrompt;
import org.bedsideneuro.ui.common.Theme;

/**
 * Asks for the ward server's password in a small dialog, only when the server wants one and neither PGPASSWORD nor
 * ~/.pgpass had it. The password goes to the connection and nowhere else: never to the settings
 * file, never to the log. Callable from any thread: background threads wait for the answer; {@code toolkitUp}
 * completes once JavaFX runs (a database opened while the toolkit starts may need to ask before it is up).
 */
public final class FxPasswordPrompt implements PasswordPrompt {
    private final CompletableFuture<Void> toolkitUp;

    public FxPasswordPrompt(CompletableFuture<Void> toolkitUp) {
        this.toolkitUp = toolkitUp;
    }

    @Override
    public Optional<char[]> ask(String question) {
        if (Platform.isFxApplicationThread()) {
            return show(question);
        }
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        toolkitUp.thenRun(() -> Platform.runLater(() -> {
            try {
                answer.complete(show(question));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private static Optional<char[]> show(String question) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle("Ward server password");
        dialog.setHeaderText(question.strip());
        PasswordField field = new PasswordField();
        field.setId("serverPassword");
        field.setPromptText("Password (not stored: asked at each start unless IT set up ~/.pgpass)");
        dialog.getDialogPane().setContent(new VBox(8, field));
        Theme.apply(dialog.getDialogPane());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> typed = dialog.showAndWait();
        field.clear();
        return typed;
    }
}
