package org.loopscope.ui.compare;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.LocalizedControls;
import org.loopscope.ui.run.PlaySpeed;

/**
 * Compare mode's player: reset, step back, play/pause, step, end and the speed, which move every variant together
 * by virtual time; zoom and fit for the shared axis; the instant of the cursor. The keys are the main window's:
 * Space, ←, →, Home and End.
 */
public final class CompareControls extends HBox {

    private final CompareViewModel viewModel;
    private final I18n i18n;

    CompareControls(CompareViewModel viewModel, I18n i18n, Runnable zoomIn, Runnable zoomOut, Runnable fit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        getStyleClass().add("compare-controls");
        setSpacing(4);
        setAlignment(Pos.CENTER_LEFT);
        Button reset = button("compareReset", "controls.reset", "controls.reset.tooltip", viewModel::reset);
        Button back = button("compareStepBack", "controls.stepBack", "compare.stepBack.tooltip",
                viewModel::stepBack);
        ToggleButton play = new ToggleButton();
        play.setId("comparePlay");
        play.setFocusTraversable(false);
        play.textProperty().bind(Bindings.when(viewModel.playingProperty())
                .then(i18n.bind("controls.pause")).otherwise(i18n.bind("controls.play")));
        play.setTooltip(tooltip("controls.play.tooltip"));
        play.selectedProperty().bindBidirectional(viewModel.playingProperty());
        Button step = button("compareStep", "controls.step", "compare.step.tooltip", viewModel::step);
        Button end = button("compareEnd", "controls.end", "controls.end.tooltip", viewModel::end);
        ChoiceBox<PlaySpeed> speed = new ChoiceBox<>();
        speed.setId("compareSpeed");
        speed.getItems().setAll(PlaySpeed.CHOICES);
        speed.valueProperty().bindBidirectional(viewModel.speedProperty());
        speed.setTooltip(tooltip("compare.speed.tooltip"));
        speed.setFocusTraversable(false);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlaySpeed value) {
                return value == null ? "" : value.fastest() ? i18n.text("controls.speed.fastest") : value.label();
            }

            @Override
            public PlaySpeed fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        for (ButtonBase needsRuns : new ButtonBase[] {reset, back, play, step, end}) {
            needsRuns.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.groups().isEmpty(),
                    viewModel.groupsProperty()));
        }
        Label clock = new Label();
        clock.setId("compareClock");
        clock.getStyleClass().add("compare-clock");
        clock.textProperty().bind(Bindings.createStringBinding(
                () -> CompareViewModel.clock(viewModel.timeProperty().get()),
                viewModel.timeProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(reset, back, play, step, end, speed, new Separator(Orientation.VERTICAL), clock, gap,
                button("compareZoomOut", "compare.zoomOut", "compare.zoomOut.tooltip", zoomOut),
                button("compareZoomIn", "compare.zoomIn", "compare.zoomIn.tooltip", zoomIn),
                button("compareFit", "compare.fit", "compare.fit.tooltip", fit));
    }

    private Button button(String id, String key, String tooltipKey, Runnable action) {
        return LocalizedControls.button(i18n, id, key, tooltipKey, action);
    }

    private Tooltip tooltip(String key) {
        return LocalizedControls.tooltip(i18n, key);
    }

    /** Installs the player's keys on the compare window's scene: Space, ←, →, Home, End. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown()) {
                return;
            }
            Runnable action = switch (event.getCode()) {
                case SPACE -> () -> viewModel.playingProperty().set(!viewModel.playingProperty().get());
                case RIGHT -> viewModel::step;
                case LEFT -> viewModel::stepBack;
                case HOME -> viewModel::reset;
                case END -> viewModel::end;
                default -> null;
            };
            if (action != null && !viewModel.groups().isEmpty()) {
                action.run();
                event.consume();
            }
        });
    }
}
