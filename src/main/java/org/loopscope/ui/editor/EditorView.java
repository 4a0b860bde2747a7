package org.loopscope.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.wellbehaved.event.Nodes;
import org.loopscope.ui.i18n.I18n;

/**
 * The code editor: a RichTextFX code area with Python colouring, a gutter (line numbers, breakpoints, task markers,
 * the error mark), the run's current line highlighted, a context menu and Python-friendly Tab and Enter.
 *
 * <p>It shows an {@link EditorViewModel} and reports every edit to it; the view-model's text is the truth, and the
 * view only follows it when it is replaced as a whole (a file opened). The look comes from {@code editor.css}; the
 * colours follow the theme because a dark window carries the {@code dark} style class. Its context menu and gutter
 * tooltips speak the {@link I18n}'s current language.
 */
public final class EditorView extends StackPane {

    /** The font size the editor starts with, in pixels. */
    public static final double DEFAULT_FONT_SIZE = 14;

    private final EditorViewModel viewModel;
    private final I18n i18n;
    private final CodeArea area = new CodeArea();
    private final SyntaxColouring colouring = new SyntaxColouring(area);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    /** The area is being given the view-model's text: its change is not an edit to report. */
    private boolean following;
    /** An edit of the area is being reported to the view-model. */
    private boolean reporting;
    private int gutterDigits;
    private int gutterSlots;
    /** How the task markers looked when the gutter was last built. */
    private List<List<Object>> markersLook = List.of();
    private int highlighted = -1;
    private int contextLine = 1;

    /** Creates the editor showing the view-model's text, with its menu in the language of {@code i18n}. */
    public EditorView(EditorViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        getStyleClass().add("editor-view");
        getStylesheets().add(Objects.requireNonNull(EditorView.class.getResource("editor.css")).toExternalForm());
        area.setId("codeArea");
        area.getStyleClass().add("python");
        getChildren().add(new VirtualizedScrollPane<>(area));
        follow(viewModel.textProperty().get());
        listen();
        installKeys();
        area.setContextMenu(contextMenu());
        applyFontSize();
    }

    /** Returns the code area, for tests and for focus. */
    public CodeArea codeArea() {
        return area;
    }

    /** The size of the code's font in pixels; zooming changes it. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    private void listen() {
        area.plainTextChanges().subscribe(change -> {
            if (following) {
                // A whole new text: follow() colours it at once afterwards.
                return;
            }
            reporting = true;
            try {
                viewModel.edit(change.getPosition(), change.getRemovalEnd(), change.getInserted());
            } finally {
                reporting = false;
            }
            colouring.changed(change);
            if (String.valueOf(area.getParagraphs().size()).length() != gutterDigits) {
                refreshGutter();
            }
        });
        viewModel.textProperty().addListener((observable, before, after) -> {
            // An edit reported from here already is in the area; comparing would copy a large text per key.
            if (!following && !reporting && !after.equals(area.getText())) {
                follow(after);
            }
        });
        viewModel.breakpoints().addListener((SetChangeListener<Integer>) change -> refreshGutter());
        viewModel.taskMarkers().addListener((ListChangeListener<TaskMarker>) change -> refreshMarkers());
        viewModel.errorProperty().addListener((observable, before, after) -> {
            colouring.setError(after);
            refreshGutter();
        });
        viewModel.currentLineProperty().addListener((observable, before, after) -> highlightCurrentLine());
        viewModel.goToLineProperty().addListener((observable, before, request) -> {
            if (request != null && request.line() >= 1 && request.line() <= area.getParagraphs().size()) {
                area.moveTo(request.line() - 1, 0);
                area.requestFollowCaret();
                area.requestFocus();
            }
        });
        area.currentParagraphProperty().addListener((observable, before, after) -> reportCaret());
        area.caretColumnProperty().addListener((observable, before, after) -> reportCaret());
        fontSize.addListener((observable, before, after) -> applyFontSize());
    }

    /** Replaces the area's text with the view-model's, as one change that cannot be undone. */
    private void follow(String text) {
        following = true;
        try {
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            following = false;
        }
        highlighted = -1;
        colouring.colourAll();
        refreshGutter();
        highlightCurrentLine();
    }

    /** A new gutter only if the markers look different: rebuilding it is dear, and a run moves markers often. */
    private void refreshMarkers() {
        List<List<Object>> look = EditorGutter.look(viewModel.taskMarkers());
        if (!look.equals(markersLook)) {
            refreshGutter();
        }
    }

    private void refreshGutter() {
        markersLook = EditorGutter.look(viewModel.taskMarkers());
        gutterDigits = String.valueOf(area.getParagraphs().size()).length();
        EditorGutter gutter = new EditorGutter(viewModel, area.getParagraphs().size(), fontSize.get(), i18n);
        gutterSlots = gutter.dotSlots();
        area.setParagraphGraphicFactory(gutter);
    }

    private void highlightCurrentLine() {
        int paragraphs = area.getParagraphs().size();
        if (highlighted >= 0 && highlighted < paragraphs) {
            area.setParagraphStyle(highlighted, List.of());
        }
        int line = viewModel.currentLineProperty().get();
        highlighted = line >= 1 && line <= paragraphs ? line - 1 : -1;
        if (highlighted >= 0) {
            area.setParagraphStyle(highlighted, List.of("current-line"));
            area.showParagraphInViewport(highlighted);
        }
    }

    private void reportCaret() {
        viewModel.caretLineProperty().set(area.getCurrentParagraph() + 1);
        viewModel.caretColumnProperty().set(area.getCaretColumn() + 1);
    }

    private void applyFontSize() {
        area.setStyle("-fx-font-size: " + fontSize.get() + "px;");
        refreshGutter();
    }

    private void installKeys() {
        Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.TAB), event -> area.replaceSelection(Indentation.UNIT)),
                consume(keyPressed(KeyCode.ENTER), event -> {
                    String line = area.getParagraph(area.getCurrentParagraph()).getText();
                    int column = Math.min(area.getCaretColumn(), line.length());
                    area.replaceSelection(Indentation.newline(line.substring(0, column)));
                    area.requestFollowCaret();
                })));
    }

    private ContextMenu contextMenu() {
        MenuItem runToHere = item("editor.runToHere", () -> viewModel.runToHere(contextLine));
        runToHere.setId("runToHereItem");
        MenuItem cut = item("editor.cut", area::cut);
        MenuItem copy = item("editor.copy", area::copy);
        MenuItem paste = item("editor.paste", area::paste);
        MenuItem selectAll = item("editor.selectAll", area::selectAll);
        MenuItem toggle = item("editor.toggleBreakpoint", () -> viewModel.toggleBreakpoint(contextLine));
        toggle.setId("toggleBreakpointItem");
        ContextMenu menu = new ContextMenu(runToHere, new SeparatorMenuItem(), cut, copy, paste, selectAll,
                new SeparatorMenuItem(), toggle);
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> contextLine = lineAt(event));
        return menu;
    }

    /** The line under the mouse, or the caret's for a menu opened from the keyboard. */
    private int lineAt(ContextMenuEvent event) {
        if (event.isKeyboardTrigger()) {
            return area.getCurrentParagraph() + 1;
        }
        int offset = area.hit(event.getX(), event.getY()).getInsertionIndex();
        return area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor() + 1;
    }

    /** Returns how many task dots each line's gutter has room for. */
    int gutterDotSlots() {
        return gutterSlots;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setOnAction(event -> action.run());
        return item;
    }
}
