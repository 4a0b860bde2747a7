package org.loopscope.ui.presenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.loopscope.ui.i18n.I18n;

/**
 * The list of keys shown over the window ({@code ?} or F1): a dimmed backdrop and a panel with one table per group
 * (each menu, then the keys that belong to no menu). It is rebuilt from its source each time it is shown and when
 * the language changes, so keys added to the menus later appear without telling it.
 */
final class KeyHintsView extends StackPane {

    private final Supplier<List<KeyHint>> source;
    private final FlowPane groups = new FlowPane();
    private final Label title = new Label();
    private final Label footer = new Label();

    KeyHintsView(I18n i18n, Supplier<List<KeyHint>> source) {
        this.source = source;
        setId("keyHints");
        getStyleClass().add("key-hints");
        title.getStyleClass().add("key-hints-title");
        title.textProperty().bind(i18n.bind("keys.title"));
        footer.getStyleClass().add("key-hints-footer");
        footer.textProperty().bind(i18n.bind("keys.footer"));
        groups.getStyleClass().add("key-hints-groups");
        groups.setAlignment(Pos.TOP_LEFT);
        VBox panel = new VBox(title, groups, footer);
        panel.getStyleClass().add("key-hints-panel");
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // The groups wrap to the window's width instead of running off the screen.
        groups.prefWrapLengthProperty().bind(widthProperty().multiply(0.8));
        getChildren().add(panel);
        visibleProperty().addListener((observable, before, shown) -> {
            if (shown) {
                refresh();
            }
        });
        i18n.languageProperty().addListener((observable, before, after) -> {
            if (isVisible()) {
                refresh();
            }
        });
    }

    /** Rebuilds the tables from the source. */
    void refresh() {
        Map<String, List<KeyHint>> byGroup = new LinkedHashMap<>();
        for (KeyHint hint : source.get()) {
            byGroup.computeIfAbsent(hint.group(), group -> new ArrayList<>()).add(hint);
        }
        groups.getChildren().clear();
        byGroup.forEach((group, hints) -> groups.getChildren().add(table(group, hints)));
    }

    private static VBox table(String group, List<KeyHint> hints) {
        Label heading = new Label(group);
        heading.getStyleClass().add("key-hints-group");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("key-hints-table");
        for (int row = 0; row < hints.size(); row++) {
            Label keys = new Label(hints.get(row).keys());
            keys.getStyleClass().add("key-hints-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(hints.get(row).action());
            action.getStyleClass().add("key-hints-action");
            grid.addRow(row, keys, action);
        }
        VBox box = new VBox(heading, grid);
        box.getStyleClass().add("key-hints-box");
        return box;
    }

    /** Returns the shown hints, as the tables hold them, for tests. */
    List<String> shownKeys() {
        List<String> keys = new ArrayList<>();
        groups.lookupAll(".key-hints-keys").forEach(node -> keys.add(((Label) node).getText()));
        return keys;
    }
}
