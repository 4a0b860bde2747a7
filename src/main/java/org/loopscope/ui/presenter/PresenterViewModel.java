package org.loopscope.ui.presenter;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The state of presenter mode, for a teacher at a projector: whether it is on, whether the laser-pointer highlight
 * follows the mouse and whether the list of keys is shown.
 *
 * <p>Turning it on scales the window's font size by {@link #SCALE} (the editor, the panels and the menus all follow
 * that one size); turning it off puts back the font size and the theme it found, whatever zooming or theme
 * switching happened in between, and hides the laser pointer and the key list. While it is on, the
 * {@link #restingFontSize() resting} size and theme are what settings should remember: presenter mode is a
 * moment, not a preference.
 */
public final class PresenterViewModel {

    /** How much larger everything is in presenter mode. */
    public static final double SCALE = 1.6;
    /** The largest font size presenter mode sets, in pixels; larger stops fitting a 1280×720 projector. */
    static final double MAX_FONT_SIZE = 64;

    private final DoubleProperty fontSize;
    private final BooleanProperty darkTheme;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final BooleanProperty laserPointer = new SimpleBooleanProperty(this, "laserPointer");
    private final BooleanProperty keyHints = new SimpleBooleanProperty(this, "keyHints");
    private double restingFontSize;
    private boolean restingDark;

    /**
     * @param fontSize  the window's font size, which presenter mode scales and restores
     * @param darkTheme whether the window is dark, which presenter mode restores
     */
    public PresenterViewModel(DoubleProperty fontSize, BooleanProperty darkTheme) {
        this.fontSize = Objects.requireNonNull(fontSize, "fontSize");
        this.darkTheme = Objects.requireNonNull(darkTheme, "darkTheme");
        active.addListener((observable, before, on) -> {
            if (on) {
                enter();
            } else {
                leave();
            }
        });
    }

    /** Whether presenter mode is on; F11 and View → Presenter Mode toggle it, Esc turns it off. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether a translucent circle follows the mouse, for a room that cannot see the small arrow. */
    public BooleanProperty laserPointerProperty() {
        return laserPointer;
    }

    /** Whether the list of keys is shown over the window. */
    public BooleanProperty keyHintsProperty() {
        return keyHints;
    }

    /** The window's font size, which presenter mode scales (read-only here: zooming is the window's). */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Turns presenter mode on or off. */
    public void toggle() {
        active.set(!active.get());
    }

    /** Returns the font size to remember: the one before presenter mode while it is on. */
    public double restingFontSize() {
        return active.get() ? restingFontSize : fontSize.get();
    }

    /** Returns the theme to remember: the one before presenter mode while it is on. */
    public boolean restingDarkTheme() {
        return active.get() ? restingDark : darkTheme.get();
    }

    /** Returns the font size presenter mode uses for a given resting size. */
    public static double presentingSize(double resting) {
        return Math.min(MAX_FONT_SIZE, Math.round(resting * SCALE * 10) / 10.0);
    }

    private void enter() {
        restingFontSize = fontSize.get();
        restingDark = darkTheme.get();
        fontSize.set(presentingSize(restingFontSize));
    }

    private void leave() {
        fontSize.set(restingFontSize);
        darkTheme.set(restingDark);
        laserPointer.set(false);
        keyHints.set(false);
    }
}
