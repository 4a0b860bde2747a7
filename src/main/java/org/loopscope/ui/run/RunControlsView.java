package org.loopscope.ui.run;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.fxmisc.richtext.GenericStyledArea;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.LocalizedControls;

/**
 * The player's controls for the toolbar — Run, Stop, Reset, Step back, Play/Pause, Step with its mode, speed,
 * Cancel task, Ctrl+C, and a hint when the code changed since the run — plus the Run menu and the keys: F5 runs,
 * Shift+F5 stops everywhere; Space, ←, →, Home and End work the player when the keyboard is not in the code or a
 * text field (there they type and move the caret).
 */
public final class RunControlsView extends FlowPane {

    private final RunViewModel viewModel;
    private final I18n i18n;
    private final Runnable runAction;

    /** Controls of {@code viewModel}; {@code runAction} starts a run of the editor's text (F5). */
    public RunControlsView(RunViewModel viewModel, I18n i18n, Runnable runAction) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.runAction = Objects.requireNonNull(runAction, "runAction");
        getStyleClass().add("run-controls");
        setHgap(4);
        setVgap(4);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Button run = button("runButton", "run.run", "run.run.tooltip", runAction);
        Button stop = button("stopButton", "run.stop", "run.stop.tooltip", viewModel::stop);
        Button reset = button("resetButton", "controls.reset", "controls.reset.tooltip", viewModel::reset);
        Button back = button("stepBackButton", "controls.stepBack", "controls.stepBack.tooltip", viewModel::stepBack);
        ToggleButton play = new ToggleButton();
        play.setId("playButton");
        play.setFocusTraversable(false);
        play.textProperty().bind(Bindings.when(viewModel.playingProperty())
                .then(i18n.bind("controls.pause")).otherwise(i18n.bind("controls.play")));
        play.setTooltip(tooltip("controls.play.tooltip"));
        play.selectedProperty().bindBidirectional(viewModel.playingProperty());
        play.setOnAction(event -> {
            // The toggle already flipped the property; play() also rewinds a finished run and starts the clock.
            if (play.isSelected()) {
                viewModel.play();
            }
        });
        Button step = button("stepButton", "controls.step", "controls.step.tooltip", viewModel::step);
        Button end = button("endButton", "controls.end", "controls.end.tooltip", viewModel::end);

        ChoiceBox<StepMode> mode = new ChoiceBox<>();
        mode.setId("stepMode");
        mode.getItems().setAll(StepMode.values());
        mode.valueProperty().bindBidirectional(viewModel.stepModeProperty());
        mode.setTooltip(tooltip("controls.mode.tooltip"));
        mode.setFocusTraversable(false);
        ChoiceBox<PlaySpeed> speed = new ChoiceBox<>();
        speed.setId("speed");
        speed.getItems().setAll(PlaySpeed.CHOICES);
        speed.valueProperty().bindBidirectional(viewModel.speedProperty());
        speed.setTooltip(tooltip("controls.speed.tooltip"));
        speed.setFocusTraversable(false);
        // Only as wide as their longest choice: the toolbar must keep the clock readout in view.
        mode.getStyleClass().add("step-mode");
        speed.getStyleClass().add("speed");
        localizeChoices(mode, speed);
        i18n.languageProperty().addListener((observable, before, after) -> localizeChoices(mode, speed));

        Button cancel = button("cancelTaskButton", "controls.cancelTask", "controls.cancelTask.tooltip",
                viewModel::cancelSelectedTask);
        cancel.disableProperty().bind(viewModel.selectedTaskProperty().isNull().or(viewModel.activeProperty().not()));
        Button interrupt = button("interruptButton", "controls.interrupt", "controls.interrupt.tooltip",
                viewModel::interrupt);
        Label stale = new Label();
        stale.setId("staleHint");
        stale.getStyleClass().add("stale-hint");
        stale.textProperty().bind(i18n.bind("run.stale"));
        stale.setTooltip(tooltip("run.stale.tooltip"));
        stale.visibleProperty().bind(viewModel.staleProperty());
        stale.managedProperty().bind(viewModel.staleProperty());

        for (ButtonBase needsRun : new ButtonBase[] {stop, reset, back, play, step, end, interrupt}) {
            needsRun.disableProperty().bind(viewModel.activeProperty().not());
        }
        getChildren().addAll(run, stop, new Separator(javafx.geometry.Orientation.VERTICAL), reset, back, play,
                step, end, mode, speed, new Separator(javafx.geometry.Orientation.VERTICAL), cancel, interrupt,
                stale);
    }

    private void localizeChoices(ChoiceBox<StepMode> mode, ChoiceBox<PlaySpeed> speed) {
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(StepMode value) {
                return value == null ? "" : i18n.text(value.key());
            }

            @Override
            public StepMode fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
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
    }

    private Button button(String id, String key, String tooltipKey, Runnable action) {
        return LocalizedControls.button(i18n, id, key, tooltipKey, action);
    }

    private Tooltip tooltip(String key) {
        return LocalizedControls.tooltip(i18n, key);
    }

    /** Fills the Run menu: Run (F5), Stop (Shift+F5), then the player's moves (their keys act outside the code). */
    public void fillMenu(Menu menu) {
        menu.getItems().setAll(
                item("menu.run.run", "F5", runAction),
                item("menu.run.stop", "Shift+F5", viewModel::stop),
                new SeparatorMenuItem(),
                item("menu.run.play", null, viewModel::togglePlay),
                item("menu.run.step", null, viewModel::step),
                item("menu.run.stepBack", null, viewModel::stepBack),
                item("menu.run.reset", null, viewModel::reset),
                item("menu.run.end", null, viewModel::end),
                item("menu.run.toBreakpoint", "F8", viewModel::runToBreakpoint),
                new SeparatorMenuItem(),
                item("menu.run.cancelTask", null, viewModel::cancelSelectedTask),
                item("menu.run.interrupt", null, viewModel::interrupt));
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Installs the player's keys on {@code scene} (Space, ←, →, Home, End outside text input). */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || typingIn(scene.getFocusOwner())) {
                return;
            }
            Runnable action = switch (event.getCode()) {
                case SPACE -> viewModel::togglePlay;
                case RIGHT -> viewModel::step;
                case LEFT -> viewModel::stepBack;
                case HOME -> viewModel::reset;
                case END -> viewModel::end;
                default -> null;
            };
            if (action != null && event.getCode() != KeyCode.UNDEFINED) {
                action.run();
                event.consume();
            }
        });
    }

    private static boolean typingIn(Node focus) {
        return focus instanceof TextInputControl || focus instanceof GenericStyledArea<?, ?, ?>;
    }
}
