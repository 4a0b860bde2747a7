package org.loopscope.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.main.MainView;
import org.loopscope.ui.main.MainViewModel;

/**
 * The Loopscope desktop application: one main window with the code, the timeline and the panels.
 *
 * <p>Its only parameter is an optional script to open, e.g. {@code java -jar loopscope.jar hello.py}; without one
 * the window shows a small asyncio example. If the file cannot be read the example stays and the error bar says
 * why. If the last run did not close cleanly and left unsaved text, the app offers it back.
 *
 * <p>The system property {@value #THEME_PROPERTY} ({@code light} or {@code dark}) overrides the remembered theme,
 * for presenters and screenshots; {@code loopscope.configDir} moves the config folder.
 */
public final class LoopscopeApp extends Application {

    /** The system property that picks the theme for this run. */
    public static final String THEME_PROPERTY = "loopscope.theme";

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel = new MainViewModel(BuildInfo.current(), ConfigDir.current());
        String theme = System.getProperty(THEME_PROPERTY);
        if (theme != null) {
            viewModel.darkThemeProperty().set("dark".equalsIgnoreCase(theme.strip()));
        }
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            viewModel.document().open(Path.of(files.get(0)));
        }
        MainView view = MainView.showIn(stage, viewModel);
        // After the window is up, so the question has a window to belong to.
        Platform.runLater(view::offerRestore);
    }

    /** Starts the app directly, as {@code mvn javafx:run} does. */
    public static void main(String[] args) {
        launch(LoopscopeApp.class, args);
    }
}
