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
 * why. If the last run did not close cleanly and left unsaved text, the app offers it back; with no file and nothing
 * to offer back, the lessons panel opens as the start page.
 *
 * <p>System properties override what the settings remember, for this run only ({@link StartOptions}):
 * {@code loopscope.theme} ({@code light} or {@code dark}), {@code loopscope.lang} ({@code en}, {@code zh-Hans},
 * {@code zh-Hant}) and {@code loopscope.presenter=true} to open in presenter mode; {@code loopscope.configDir}
 * moves the config folder; {@code loopscope.startupProbe} prints when the first frame came ({@link StartupProbe}).
 */
public final class LoopscopeApp extends Application {

    /** When the class was loaded, as {@code main} starts: what the startup probe measures the app's part from. */
    private static final long LOADED_NANOS = System.nanoTime();

    @Override
    public void start(Stage stage) {
        // Before the window exists, so the probe sees its very first pulse.
        java.util.Optional<StartupProbe> probe = StartupProbe.fromSystemProperties(LOADED_NANOS);
        MainViewModel viewModel = new MainViewModel(BuildInfo.current(), ConfigDir.current());
        StartOptions options = StartOptions.from(System.getProperties());
        options.applyTo(viewModel);
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            viewModel.document().open(Path.of(files.get(0)));
        }
        MainView view = MainView.showIn(stage, viewModel, scene -> probe.ifPresent(p -> p.watch(scene)));
        if (options.presenter()) {
            viewModel.presenter().activeProperty().set(true);
        }
        // After the window is up, so the question has a window to belong to. With no file and nothing to restore,
        // the lessons are the start page.
        Platform.runLater(() -> {
            if (!view.offerRestore() && files.isEmpty()) {
                view.showStartPage();
            }
        });
    }

    /** Starts the app directly, as {@code mvn javafx:run} does. */
    public static void main(String[] args) {
        launch(LoopscopeApp.class, args);
    }
}
