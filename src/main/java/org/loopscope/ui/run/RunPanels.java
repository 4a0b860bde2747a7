package org.loopscope.ui.run;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.loopscope.session.view.PanelState;
import org.loopscope.ui.StateColors;
import org.loopscope.ui.i18n.I18n;

/**
 * The player's panels, each a tab: the tasks table (name, coroutine, state, line, awaiting, steps, busy and idle time;
 * sortable; selecting a row selects the task, as a click on its lane does, and back), the loop's
 * internals (running task, ready queue front first, timers with deadlines), the narration (the sentence at the
 * cursor first) and the warnings (a click moves the cursor to the warning and shows its line).
 */
public final class RunPanels {

    private final RunViewModel viewModel;
    private final I18n i18n;
    private final TableView<PanelState.TaskRowView> tasksTable = new TableView<>();

    /** Panels of {@code viewModel}, with texts in {@code i18n}'s language. */
    public RunPanels(RunViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** The four tabs, in order: tasks, loop, narration, warnings. */
    public java.util.List<Tab> tabs() {
        Tab tasksTab = tab("tasksTab", "panels.tasks", tasks());
        // Bound once the tab is in a tab pane: until then a lone tab counts as selected.
        tasksTab.tabPaneProperty().addListener((observable, before, pane) ->
                viewModel.tasksShownProperty().bind(tasksTab.selectedProperty()));
        return java.util.List.of(tasksTab, tab("loopTab", "panels.loop", loop()),
                tab("narrationTab", "panels.narration", narration()),
                tab("warningsTab", "panels.warnings", warnings()));
    }

    /** The tasks table, for tests. */
    public TableView<PanelState.TaskRowView> tasksTable() {
        return tasksTable;
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(i18n.bind(key));
        tab.setContent(content);
        return tab;
    }

    private TableView<PanelState.TaskRowView> tasks() {
        TableView<PanelState.TaskRowView> table = tasksTable;
        table.setId("tasksTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<PanelState.TaskRowView> sorted = new SortedList<>(viewModel.tasks());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<PanelState.TaskRowView, PanelState.TaskStateView> state = column("tasks.state",
                PanelState.TaskRowView::state);
        state.setCellFactory(column -> new StateCell());
        table.getColumns().setAll(java.util.List.of(column("tasks.name", PanelState.TaskRowView::name),
                column("tasks.coroutine", PanelState.TaskRowView::coroutine), state,
                column("tasks.line", row -> row.line() > 0 ? row.line() : null),
                column("tasks.awaiting", PanelState.TaskRowView::awaiting),
                column("tasks.steps", PanelState.TaskRowView::steps),
                seconds(column("tasks.busy", PanelState.TaskRowView::busyTime)),
                seconds(column("tasks.idle", PanelState.TaskRowView::idleTime))));
        table.setPlaceholder(placeholder("tasks.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, row) -> {
            if (row != null) {
                viewModel.selectedTaskIndexProperty().set(row.index());
            }
        });
        // The rows are replaced at every move: keep the selected task selected.
        sorted.addListener((ListChangeListener<PanelState.TaskRowView>) change -> reselect(false));
        // A task selected elsewhere (a lane of the timeline) is selected here too, and scrolled into view.
        viewModel.selectedTaskIndexProperty().addListener((observable, before, index) -> reselect(true));
        return table;
    }

    private void reselect(boolean reveal) {
        int task = viewModel.selectedTaskIndexProperty().get();
        PanelState.TaskRowView selected = tasksTable.getSelectionModel().getSelectedItem();
        if (task < 0) {
            if (selected != null) {
                tasksTable.getSelectionModel().clearSelection();
            }
            return;
        }
        if (selected != null && selected.index() == task) {
            return;
        }
        for (PanelState.TaskRowView row : tasksTable.getItems()) {
            if (row.index() == task) {
                tasksTable.getSelectionModel().select(row);
                if (reveal) {
                    tasksTable.scrollTo(row);
                }
                return;
            }
        }
    }

    private <T> TableColumn<PanelState.TaskRowView, T> column(String key,
            Function<PanelState.TaskRowView, T> value) {
        TableColumn<PanelState.TaskRowView, T> column = new TableColumn<>();
        column.textProperty().bind(i18n.bind(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<PanelState.TaskRowView, Double> seconds(
            TableColumn<PanelState.TaskRowView, Double> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : String.format(Locale.ROOT, "%.3f s", value));
            }
        });
        return column;
    }

    /** A state with its colour swatch, so the table reads like the timeline. */
    private static final class StateCell extends TableCell<PanelState.TaskRowView, PanelState.TaskStateView> {
        @Override
        protected void updateItem(PanelState.TaskStateView state, boolean empty) {
            super.updateItem(state, empty);
            if (empty || state == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Rectangle swatch = new Rectangle(11, 11, Color.web(StateColors.valueOf(state.name()).hex()));
            swatch.getStyleClass().add("state-swatch");
            setGraphic(swatch);
            setText(state.name());
        }
    }

    private Region loop() {
        Label running = new Label();
        running.setId("runningTask");
        running.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            PanelState state = viewModel.stateProperty().get();
            String task = state == null ? null : state.runningTask();
            return task == null ? i18n.text("loop.running.none") : i18n.text("loop.running", task);
        }, viewModel.stateProperty(), i18n.languageProperty()));
        ListView<PanelState.ReadyEntryView> ready = new ListView<>(viewModel.lists().ready());
        ready.setId("readyList");
        ready.setCellFactory(list -> cell(entry -> entry.task() == null ? entry.description()
                : entry.task() + " · " + entry.description()));
        ready.setPlaceholder(placeholder("loop.ready.empty"));
        ListView<PanelState.TimerEntryView> timers = new ListView<>(viewModel.lists().timers());
        timers.setId("timerList");
        timers.setCellFactory(list -> cell(timer -> String.format(Locale.ROOT, "t = %.3f  ", timer.deadline())
                + timer.description()));
        timers.setPlaceholder(placeholder("loop.timers.empty"));
        SplitPane lists = new SplitPane(titled("loop.ready", ready), titled("loop.timers", timers));
        VBox box = new VBox(6, running, lists);
        box.setPadding(new Insets(6));
        VBox.setVgrow(lists, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private VBox titled(String key, Region content) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(key));
        title.getStyleClass().add("panel-title");
        VBox box = new VBox(4, title, content);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private Region narration() {
        ListView<String> list = new ListView<>(viewModel.lists().narration());
        list.setId("narrationList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("narration-current");
                setText(empty ? null : text);
                setWrapText(true);
                setPrefWidth(0);
                if (!empty && getIndex() == 0) {
                    getStyleClass().add("narration-current");
                }
            }
        });
        list.setPlaceholder(placeholder("narration.empty"));
        return list;
    }

    private Region warnings() {
        ListView<PanelState.WarningView> list = new ListView<>(viewModel.lists().warnings());
        list.setId("warningsList");
        list.setCellFactory(view -> {
            ListCell<PanelState.WarningView> cell = cell(warning -> i18n.text("warnings.row", warning.time(),
                    warning.line() > 0 ? String.valueOf(warning.line()) : "—",
                    warning.task() == null ? "—" : warning.task(), warning.message()));
            cell.setOnMouseClicked(event -> {
                if (cell.getItem() != null) {
                    viewModel.showWarning(cell.getItem());
                }
            });
            return cell;
        });
        list.setPlaceholder(placeholder("warnings.empty"));
        return list;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private Label placeholder(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }
}
