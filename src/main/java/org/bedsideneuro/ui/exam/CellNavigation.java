package org.bedsideneuro.ui.exam;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Moving through the form from the keyboard alone: Enter goes on to the next cell, Up and Down to
 * the cell above or below (same side), Left and Right leave a cell at the start or end of its text. Tab works as
 * everywhere. The order is the bedside order: left before right, then the next finding, then the next section.
 */
final class CellNavigation {
    private final List<List<TextField>> rows = new ArrayList<>();
    private final List<TextField> flat = new ArrayList<>();

    void addRows(List<List<TextField>> sectionRows) {
        for (List<TextField> row : sectionRows) {
            rows.add(row);
            flat.addAll(row);
            row.forEach(input -> input.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(input, e)));
        }
    }

    TextField first() {
        return flat.get(0);
    }

    private void onKey(TextField input, KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        TextField target = switch (e.getCode()) {
            case ENTER -> step(input, 1);
            case DOWN -> vertical(input, 1);
            case UP -> vertical(input, -1);
            case LEFT -> input.getCaretPosition() == 0 && input.getSelection().getLength() == 0 ? step(input, -1) : null;
            case RIGHT -> input.getCaretPosition() == input.getLength() && input.getSelection().getLength() == 0 ? step(input, 1) : null;
            default -> null;
        };
        if (target != null || e.getCode() == KeyCode.ENTER) {
            e.consume();
        }
        if (target != null) {
            target.requestFocus();
            target.selectAll(); // typing replaces the old grade, as in a spreadsheet
        }
    }

    private TextField step(TextField from, int by) {
        int i = flat.indexOf(from) + by;
        return i >= 0 && i < flat.size() ? flat.get(i) : null;
    }

    private TextField vertical(TextField from, int by) {
        for (int r = 0; r < rows.size(); r++) {
            int c = rows.get(r).indexOf(from);
            if (c >= 0) {
                int target = r + by;
                if (target < 0 || target >= rows.size()) {
                    return null;
                }
                List<TextField> row = rows.get(target);
                return row.get(Math.min(c, row.size() - 1));
            }
        }
        return null;
    }
}
