package org.loopscope.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.loopscope.ui.files.Settings;

/** Puts the main window where, and as large as, it was last time, if that place is still on a screen. */
final class WindowPlacement {

    /** Below this the timeline and the code are too cramped to read. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;

    private WindowPlacement() {
    }

    /** Sizes and places a stage whose scene is already made at the settings' size. */
    static void restore(Stage stage, Settings settings) {
        // A stage that was resized before (the tests reuse theirs) would otherwise keep its old size.
        stage.sizeToScene();
        if (onSomeScreen(settings)) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }

    private static boolean onSomeScreen(Settings settings) {
        if (Double.isNaN(settings.x()) || Double.isNaN(settings.y())) {
            return false;
        }
        // At least a corner of the title bar must be visible, or the window could not be moved back.
        Rectangle2D titleBar = new Rectangle2D(settings.x(), settings.y(), Math.min(200, settings.width()), 30);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }
}
