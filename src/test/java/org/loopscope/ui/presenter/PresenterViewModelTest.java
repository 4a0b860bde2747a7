package org.loopscope.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;

/** Presenter mode scales the font and gives back the font size and theme it found. */
class PresenterViewModelTest {

    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private final PresenterViewModel presenter = new PresenterViewModel(fontSize, dark);

    @Test
    void onScalesTheFontAndOffRestoresIt() {
        presenter.toggle();

        assertThat(presenter.activeProperty().get()).isTrue();
        assertThat(fontSize.get()).isEqualTo(14 * PresenterViewModel.SCALE, offset(0.05));

        presenter.toggle();
        assertThat(fontSize.get()).isEqualTo(14);
    }

    @Test
    void leavingUndoesZoomAndThemeChangesMadeWhilePresenting() {
        fontSize.set(18);
        presenter.activeProperty().set(true);
        fontSize.set(40);
        dark.set(true);
        presenter.laserPointerProperty().set(true);
        presenter.keyHintsProperty().set(true);

        assertThat(presenter.restingFontSize()).isEqualTo(18);
        assertThat(presenter.restingDarkTheme()).isFalse();

        presenter.activeProperty().set(false);
        assertThat(fontSize.get()).isEqualTo(18);
        assertThat(dark.get()).isFalse();
        assertThat(presenter.laserPointerProperty().get()).isFalse();
        assertThat(presenter.keyHintsProperty().get()).isFalse();
        assertThat(presenter.restingFontSize()).isEqualTo(18);
    }

    @Test
    void theLargestSizesStayWithinReason() {
        assertThat(PresenterViewModel.presentingSize(48)).isEqualTo(PresenterViewModel.MAX_FONT_SIZE);
        assertThat(PresenterViewModel.presentingSize(10)).isEqualTo(16);
    }
}
