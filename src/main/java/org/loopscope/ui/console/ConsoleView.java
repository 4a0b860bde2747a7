package org.loopscope.ui.console;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.loopscope.ui.i18n.I18n;

/**
 * The console panel: one row per line, errors in the error colour, scrolled to the newest line as lines arrive.
 * Its context menu copies or clears. The view's own texts follow the {@link I18n}; the lines are as they were written.
 */
public final class ConsoleView extends StackPane {

    private final ListView<ConsoleViewModel.Line> list = new ListView<>();

    /** Shows the view-model's lines, with its own texts in the language of {@code i18n}. */
    public ConsoleView(ConsoleViewModel viewModel, I18n i18n) {
        Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add("console-view");
        list.setId("consoleList");
        list.getStyleClass().add("edge-to-edge");
        list.setItems(viewModel.lines());
        javafx.scene.control.Label placeholder = new javafx.scene.control.Label();
        placeholder.textProperty().bind(i18n.bind("console.empty"));
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new LineCell(viewModel));
        list.getItems().addListener((ListChangeListener<ConsoleViewModel.Line>) change ->
                list.scrollTo(list.getItems().size() - 1));
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(i18n.bind("console.copyAll"));
        copy.setOnAction(event -> {
            StringBuilder text = new StringBuilder();
            list.getItems().forEach(line -> text.append(line.text()).append('\n'));
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text.toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        MenuItem clear = new MenuItem();
        clear.textProperty().bind(i18n.bind("console.clear"));
        clear.setOnAction(event -> viewModel.clear());
        list.setContextMenu(new ContextMenu(copy, clear));
        getChildren().add(list);
    }

    /** Returns the list of lines, for tests. */
    public ListView<ConsoleViewModel.Line> list() {
        return list;
    }

    private static final class LineCell extends ListCell<ConsoleViewModel.Line> {
        private final ConsoleViewModel viewModel;

        LineCell(ConsoleViewModel viewModel) {
            this.viewModel = viewModel;
            // A traceback line of the program: a click shows its line in the editor.
            setOnMouseClicked(event -> {
                if (getItem() != null) {
                    viewModel.activate(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ConsoleViewModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("error", "link");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.text());
            if (line.kind() == ConsoleViewModel.Kind.ERROR || line.kind() == ConsoleViewModel.Kind.STDERR) {
                getStyleClass().add("error");
            }
            if (viewModel.location(line).isPresent()) {
                getStyleClass().add("link");
            }
        }
    }
}
