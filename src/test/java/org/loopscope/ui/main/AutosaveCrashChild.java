package org.loopscope.ui.main;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.ConfigDir;

/**
 * The app's window in a process of its own, for {@link AutosaveCrashTest} to kill: it opens the main window with
 * the config folder {@code args[0]}, starts the autosave as the app does, types {@code args[1]} at the start of the
 * editor, and then waits for the kill. The autosave's own timer writes the copy.
 */
public final class AutosaveCrashChild {

    private AutosaveCrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path config = Path.of(args[0]);
        String typed = args[1];
        Platform.startup(() -> {
            MainViewModel viewModel = new MainViewModel(new BuildInfo("Loopscope", "crash-test"), new ConfigDir(config));
            MainView view = MainView.showIn(new Stage(), viewModel);
            view.offerRestore();
            viewModel.editor().edit(0, 0, typed);
            System.out.println("typed");
        });
        Thread.sleep(Long.MAX_VALUE);
    }
}
