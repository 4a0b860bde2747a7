package org.loopscope.ui.main;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.lessons.LessonLibrary;
import org.loopscope.ui.compare.CompareDialog;
import org.loopscope.ui.compare.CompareWindow;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.lessons.LessonsView;
import org.loopscope.ui.lessons.LessonsViewModel;
import org.loopscope.ui.predict.PredictView;

/**
 * The main window's classroom features: the lessons panel at the left (View → Lessons and its toolbar button),
 * predict mode's tab among the panels (its menu item and button), and compare mode's dialog and window. The panels
 * are made when first shown, so a window that never uses them never builds them.
 */
final class ClassroomPanels {

    private final MainView view;
    private final MainViewModel viewModel;
    private final FileActions files;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final TabPane panels;
    private LessonsView lessonsView;
    private Tab predictTab;

    /** Classroom features for {@code view}, predict mode's tab going among {@code panels}. */
    ClassroomPanels(MainView view, MainViewModel viewModel, FileActions files, Dialogs dialogs, TabPane panels) {
        this.view = Objects.requireNonNull(view, "view");
        this.viewModel = viewModel;
        this.files = files;
        this.dialogs = dialogs;
        this.i18n = viewModel.i18n();
        this.panels = panels;
    }

    /** Binds the menu items and toolbar buttons that show the lessons panel and switch predict mode on and off. */
    void bind(CheckMenuItem lessonsItem, ToggleButton lessonsButton, CheckMenuItem predictItem,
            ToggleButton predictButton) {
        BooleanProperty lessonsShown = viewModel.lessonsShownProperty();
        lessonsItem.selectedProperty().bindBidirectional(lessonsShown);
        lessonsButton.selectedProperty().bindBidirectional(lessonsShown);
        lessonsShown.addListener((observable, before, shown) -> showLessonsPanel(shown));
        showLessonsPanel(lessonsShown.get());
        BooleanProperty predicting = viewModel.predict().activeProperty();
        predictItem.selectedProperty().bindBidirectional(predicting);
        predictButton.selectedProperty().bindBidirectional(predicting);
        predicting.addListener((observable, before, on) -> showPredictTab(on));
    }

    private void showLessonsPanel(boolean shown) {
        if (shown && lessonsView == null) {
            viewModel.lessons().setMayDiscard(() -> files.mayDiscard("dialog.unsaved.beforeLesson"));
            lessonsView = new LessonsView(viewModel.lessons(), i18n);
        }
        view.setLeft(shown ? lessonsView : null);
    }

    private void showPredictTab(boolean on) {
        if (on) {
            if (predictTab == null) {
                predictTab = new Tab();
                predictTab.setId("predictTab");
                predictTab.textProperty().bind(i18n.bind("panels.predict"));
                predictTab.setContent(new PredictView(viewModel.predict(), i18n));
            }
            if (!panels.getTabs().contains(predictTab)) {
                panels.getTabs().add(predictTab);
            }
            panels.getSelectionModel().select(predictTab);
        } else if (predictTab != null) {
            panels.getTabs().remove(predictTab);
        }
    }

    /** View → Compare Variants…: asks what to compare, then opens compare mode in a window of its own. */
    void compare() {
        Optional<Lesson> lastOpened = Optional.ofNullable(viewModel.lessons().chosenProperty().get())
                .map(LessonsViewModel.Entry::lesson);
        CompareDialog dialog = new CompareDialog(LessonLibrary.load(), viewModel.editor().textProperty().get(),
                lastOpened, i18n);
        dialogs.style(dialog);
        dialog.showAndWait().filter(sources -> sources.size() >= 2).ifPresent(sources -> CompareWindow.open(
                view.getScene().getWindow(), sources, i18n, viewModel.fontSizeProperty(), view.styleProperty(),
                viewModel.darkThemeProperty()));
    }
}
