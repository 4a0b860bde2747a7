package org.loopscope.ui.lessons;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.loopscope.ui.i18n.I18n;

/**
 * The lessons side panel: the list of lessons (title and one-line summary, variants indented under their lesson)
 * above the chosen lesson's text, laid out simply: headings, paragraphs, bullet lines, inline code in monospace.
 * Picking a row opens its program; if the person keeps unsaved text instead, the list goes back to the row before.
 */
public final class LessonsView extends BorderPane {

    /** The panel's width when it first opens. */
    public static final double WIDTH = 360;

    private final LessonsViewModel viewModel;
    private final ListView<LessonsViewModel.Entry> list = new ListView<>();
    private final VBox text = new VBox(8);
    private boolean reverting;

    public LessonsView(LessonsViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        setId("lessonsView");
        getStyleClass().add("lessons-view");
        setPrefWidth(WIDTH);
        setMinWidth(220);

        Label heading = new Label();
        heading.getStyleClass().add("lessons-heading");
        heading.textProperty().bind(i18n.bind("lessons.title"));
        heading.setPadding(new Insets(6, 8, 6, 8));
        setTop(heading);

        list.setId("lessonsList");
        list.getItems().setAll(viewModel.entries());
        list.setCellFactory(view -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, entry) -> {
            if (reverting || entry == null || entry.equals(viewModel.chosenProperty().get())) {
                return;
            }
            if (!viewModel.choose(entry)) {
                reverting = true;
                list.getSelectionModel().select(before);
                reverting = false;
            }
        });
        i18n.languageProperty().addListener((observable, before, after) -> list.refresh());

        text.setId("lessonText");
        text.getStyleClass().add("lesson-text");
        text.setPadding(new Insets(10));
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("lessons.empty"));
        empty.setWrapText(true);
        viewModel.textProperty().addListener((observable, before, blocks) -> render(blocks, empty));
        render(viewModel.textProperty().get(), empty);
        ScrollPane textScroll = new ScrollPane(text);
        textScroll.setFitToWidth(true);
        textScroll.setId("lessonTextScroll");

        SplitPane split = new SplitPane(list, textScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    /** The text pane's words, block by block, for tests and for reading aloud. */
    public List<String> shownText() {
        return text.lookupAll(".lesson-block").stream().map(LessonsView::textOf).toList();
    }

    private static String textOf(Node block) {
        StringBuilder out = new StringBuilder();
        block.lookupAll("Text").forEach(node -> out.append(((Text) node).getText()));
        return out.toString();
    }

    private void render(List<LessonText.Block> blocks, Label empty) {
        text.getChildren().clear();
        if (blocks.isEmpty()) {
            text.getChildren().add(empty);
            return;
        }
        for (LessonText.Block block : blocks) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().addAll("lesson-block", "lesson-" + block.kind().name().toLowerCase(Locale.ROOT));
            for (LessonText.Span span : block.spans()) {
                Text piece = new Text(span.text());
                piece.getStyleClass().add("lesson-" + span.style().name().toLowerCase(Locale.ROOT));
                flow.getChildren().add(piece);
            }
            if (block.kind() == LessonText.BlockKind.BULLET) {
                Label bullet = new Label("\u2022");
                bullet.setMinWidth(14);
                HBox row = new HBox(4, bullet, flow);
                HBox.setHgrow(flow, Priority.ALWAYS);
                text.getChildren().add(row);
            } else {
                text.getChildren().add(flow);
            }
        }
    }

    /** A lesson: its numbered title and summary; a variant: its title, indented. */
    private final class EntryCell extends ListCell<LessonsViewModel.Entry> {
        private final Label title = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(2, title, summary);

        EntryCell() {
            title.getStyleClass().add("lesson-title");
            summary.getStyleClass().add("lesson-summary");
            summary.setWrapText(true);
            title.setWrapText(true);
            // Wrap to the list's width, not the text's.
            setPrefWidth(0);
            for (Label label : List.of(title, summary)) {
                label.prefWidthProperty().bind(list.widthProperty().subtract(40));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
        }

        @Override
        protected void updateItem(LessonsViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(entry.isVariant() ? "\u21b3 " + viewModel.title(entry) : viewModel.title(entry));
            String line = viewModel.summary(entry);
            summary.setText(line);
            summary.setVisible(!line.isEmpty());
            summary.setManaged(!line.isEmpty());
            box.setPadding(new Insets(0, 0, 0, entry.isVariant() ? 22 : 0));
            title.prefWidthProperty().bind(list.widthProperty().subtract(entry.isVariant() ? 62 : 40));
            title.getStyleClass().removeAll("lesson-title", "lesson-variant");
            title.getStyleClass().add(entry.isVariant() ? "lesson-variant" : "lesson-title");
            setText(null);
            setGraphic(box);
        }
    }
}
