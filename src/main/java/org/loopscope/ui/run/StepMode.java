package org.loopscope.ui.run;

import org.loopscope.session.Cursor;

/**
 * What one step of the player moves over, with the key of its name in the {@link org.loopscope.ui.i18n.I18n} bundles
 * for the step-mode chooser.
 */
public enum StepMode {
    LINE(Cursor.Unit.LINE, "controls.mode.line"),
    TASK_STEP(Cursor.Unit.TASK_STEP, "controls.mode.task_step"),
    ITERATION(Cursor.Unit.ITERATION, "controls.mode.iteration");

    private final Cursor.Unit unit;
    private final String key;

    StepMode(Cursor.Unit unit, String key) {
        this.unit = unit;
        this.key = key;
    }

    /** The bundle key of its name. */
    public String key() {
        return key;
    }

    /** The cursor's unit of one step. */
    Cursor.Unit unit() {
        return unit;
    }
}
