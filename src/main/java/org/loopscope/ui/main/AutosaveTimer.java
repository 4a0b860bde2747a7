package org.loopscope.ui.main;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.files.DocumentViewModel;

/**
 * Copies the editor's unsaved text to the autosave a while after it changes: {@link #DELAY} after the first change
 * since the last copy, so typing steadily still saves every few seconds rather than never.
 */
final class AutosaveTimer {

    /** How long after a change the unsaved text is copied to the autosave. */
    static final Duration DELAY = Duration.seconds(3);

    private final PauseTransition timer = new PauseTransition(DELAY);

    /** A timer copying {@code editor}'s text through {@code document}. */
    AutosaveTimer(EditorViewModel editor, DocumentViewModel document) {
        editor.textProperty().addListener((observable, before, after) -> {
            if (timer.getStatus() != Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        });
        timer.setOnFinished(event -> document.autosaveNow());
    }

    /** Stops waiting: the window closes and saves otherwise. */
    void stop() {
        timer.stop();
    }
}
