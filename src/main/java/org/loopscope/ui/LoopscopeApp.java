package org.loopscope.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.main.MainView;
import org.loopscope.ui.main.MainViewModel;

/**
 * The Loopscope desktop application: one main window with the code, the timeline and the controls.
 *
 * <p>Its only parameter is an optional script to open, e.g. {@code java -jar loopscope.jar hello.py}; without one
 * the window shows a small asyncio example. If the file cannot be read the example stays and the status line says
 * why.
 */
public final class LoopscopeApp extends Application {

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel = new MainViewModel(BuildInfo.current());
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            viewModel.open(Path.of(files.get(0)));
        }
        MainView.showIn(stage, viewModel);
    }

    /** Starts the app directly, as {@code mvn javafx:run} does. */
    public static void main(String[] args) {
        launch(LoopscopeApp.class, args);
    }
}
