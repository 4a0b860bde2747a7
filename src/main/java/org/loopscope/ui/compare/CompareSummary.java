package org.loopscope.ui.compare;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.loopscope.session.Comparison;
import org.loopscope.ui.compare.CompareViewModel.Group;
import org.loopscope.ui.i18n.I18n;

/**
 * The summary table of compare mode: a row per variant, in its band colour — total virtual time, peak concurrency
 * (most tasks alive at once), the time the loop was blocked, loop iterations, event loops, and the order of its
 * results: the lines it printed, in order (a tooltip also gives the order in which its tasks finished).
 */
public final class CompareSummary extends TableView<Group> {

    CompareSummary(CompareViewModel viewModel, I18n i18n) {
        setId("compareSummary");
        getStyleClass().add("compare-summary");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Group, Group> variant = new TableColumn<>();
        variant.textProperty().bind(i18n.bind("compare.column.variant"));
        variant.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        variant.setCellFactory(column -> new VariantCell());
        getColumns().add(variant);
        // A variant still running when the comparison gave up has taken at least this long.
        getColumns().add(column(i18n, "compare.column.total", 120,
                row -> (row.complete() ? "" : "\u2265 ") + CompareViewModel.seconds(row.totalTime())));
        getColumns().add(column(i18n, "compare.column.peak", 175, row -> String.valueOf(row.peakConcurrency())));
        getColumns().add(column(i18n, "compare.column.blocked", 130,
                row -> CompareViewModel.seconds(row.blockedTime())));
        getColumns().add(column(i18n, "compare.column.iterations", 145,
                row -> String.valueOf(row.loopIterations())));
        getColumns().add(column(i18n, "compare.column.loops", 120, row -> String.valueOf(row.loops())));
        TableColumn<Group, String> results = column(i18n, "compare.column.results", 300, CompareViewModel::results);
        results.setCellFactory(column -> new ResultsCell(i18n));
        getColumns().add(results);
        for (TableColumn<Group, ?> column : getColumns()) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        variant.setPrefWidth(270);
        viewModel.groupsProperty().addListener((observable, before, after) -> getItems().setAll(after));
        getItems().setAll(viewModel.groups());
    }

    private static TableColumn<Group, String> column(I18n i18n, String key, double width,
            Function<Comparison.Row, String> value) {
        TableColumn<Group, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.bind(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().row())));
        column.setPrefWidth(width);
        return column;
    }

    /** The variant's name after a swatch of its band colour. */
    private static final class VariantCell extends TableCell<Group, Group> {
        @Override
        protected void updateItem(Group group, boolean empty) {
            super.updateItem(group, empty);
            if (empty || group == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            swatch.setStyle("-fx-background-color: " + CompareView.colour(group.index()) + ";");
            setGraphic(swatch);
            setText(group.label());
        }
    }

    /** The printed lines, with all of them and the tasks' finishing order in a tooltip. */
    private static final class ResultsCell extends TableCell<Group, String> {
        private final I18n i18n;

        ResultsCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            Group group = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (group == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text);
            List<String> printed = group.row().printed();
            Tooltip tip = new Tooltip(String.join("\n", printed) + "\n\n"
                    + i18n.text("compare.finishOrder", String.join(", ", group.row().finishOrder())));
            setTooltip(tip);
        }
    }

    /** The text of column {@code column} in row {@code row}: a variant's name, or a figure as shown. */
    public String cellText(int row, int column) {
        Object value = getColumns().get(column).getCellData(row);
        return value instanceof Group group ? group.label() : String.valueOf(value);
    }
}
