package org.loopscope.ui.variables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.loopscope.ui.i18n.I18n;

/**
 * The Variables panel: a tree table of the globals and of each task's frames and their variables at the cursor (name,
 * value, type), with the rows of suspended tasks greyed, a toggle for showing modules, functions and classes among the
 * globals, and a note when the recording stopped at its memory budget. Rows the user expanded or collapsed stay so
 * while the cursor moves; clicking a task's row selects that task everywhere.
 */
public final class VariablesView extends VBox {

    private static final PseudoClass SUSPENDED = PseudoClass.getPseudoClass("suspended");
    private static final PseudoClass TASK = PseudoClass.getPseudoClass("task");

    private final VariablesViewModel viewModel;
    private final I18n i18n;
    private final TreeTableView<VariablesViewModel.Row> table = new TreeTableView<>();
    /** Rows the user opened or closed, by key: their choice outlives the rebuild at each move. */
    private final Map<String, Boolean> expanded = new HashMap<>();
    private boolean rebuilding;
    private Tab tab;

    /** The panel of {@code viewModel}, with texts in {@code i18n}'s language. */
    public VariablesView(VariablesViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        getStyleClass().add("variables-view");
        getStylesheets().add(Objects.requireNonNull(VariablesView.class.getResource("variables.css"))
                .toExternalForm());
        setSpacing(4);
        setPadding(new Insets(4, 6, 4, 6));

        CheckBox definitions = new CheckBox();
        definitions.setId("variablesDefinitions");
        definitions.textProperty().bind(i18n.bind("variables.definitions"));
        definitions.selectedProperty().bindBidirectional(viewModel.showDefinitionsProperty());
        Label note = new Label();
        note.setId("variablesNote");
        note.getStyleClass().add("variables-note");
        note.textProperty().bind(Bindings.createStringBinding(() -> viewModel.noteProperty().get() == null ? ""
                : i18n.text(viewModel.noteProperty().get()), viewModel.noteProperty(), i18n.languageProperty()));
        note.visibleProperty().bind(viewModel.noteProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        HBox bar = new HBox(12, definitions, note);

        table.setId("variablesTable");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<VariablesViewModel.Row, String> name = column("variables.name", this::nameText);
        TreeTableColumn<VariablesViewModel.Row, String> value = column("variables.value",
                VariablesViewModel.Row::value);
        TreeTableColumn<VariablesViewModel.Row, String> type = column("variables.type", VariablesViewModel.Row::type);
        name.setPrefWidth(220);
        value.setPrefWidth(420);
        type.setPrefWidth(90);
        table.getColumns().setAll(List.of(name, value, type));
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.bind("variables.empty"));
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> new TreeTableRow<>() {
            @Override
            protected void updateItem(VariablesViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(SUSPENDED, !empty && row != null && row.greyed());
                pseudoClassStateChanged(TASK, !empty && row != null && row.kind() == VariablesViewModel.Kind.TASK);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!rebuilding && item != null && item.getValue() != null
                    && item.getValue().kind() == VariablesViewModel.Kind.TASK) {
                viewModel.select(item.getValue().name());
            }
        });
        getChildren().setAll(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        viewModel.rowsProperty().addListener((observable, before, rows) -> show(rows));
        i18n.languageProperty().addListener((observable, before, language) -> table.refresh());
        show(viewModel.rowsProperty().get());
    }

    /** This panel's tab (id {@code variablesTab}). */
    public Tab tab() {
        if (tab == null) {
            tab = new Tab();
            tab.setId("variablesTab");
            tab.textProperty().bind(i18n.bind("panels.variables"));
            tab.setContent(this);
        }
        return tab;
    }

    /** The tree table, for tests. */
    public TreeTableView<VariablesViewModel.Row> table() {
        return table;
    }

    private String nameText(VariablesViewModel.Row row) {
        return switch (row.kind()) {
            case GLOBALS -> i18n.text("variables.globals");
            case FRAME -> i18n.text("variables.frame", row.name(), row.line());
            default -> row.name();
        };
    }

    private TreeTableColumn<VariablesViewModel.Row, String> column(String key,
            Function<VariablesViewModel.Row, String> text) {
        TreeTableColumn<VariablesViewModel.Row, String> column = new TreeTableColumn<>();
        column.textProperty().bind(i18n.bind(key));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : text.apply(cell.getValue().getValue())));
        return column;
    }

    private void show(List<VariablesViewModel.Row> rows) {
        rebuilding = true;
        try {
            TreeItem<VariablesViewModel.Row> root = table.getRoot();
            root.getChildren().setAll(rows.stream().map(this::item).toList());
        } finally {
            rebuilding = false;
        }
    }

    private TreeItem<VariablesViewModel.Row> item(VariablesViewModel.Row row) {
        TreeItem<VariablesViewModel.Row> item = new TreeItem<>(row);
        if (!row.children().isEmpty()) {
            item.getChildren().setAll(row.children().stream().map(this::item).toList());
            item.setExpanded(expanded.getOrDefault(row.key(), row.expanded()));
            item.expandedProperty().addListener((observable, before, open) -> {
                if (!rebuilding) {
                    expanded.put(row.key(), open);
                }
            });
        }
        return item;
    }
}
