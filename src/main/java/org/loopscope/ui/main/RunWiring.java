package org.loopscope.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.loopscope.ui.faults.Fault;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.run.RunControlsView;
import org.loopscope.ui.run.RunPanels;
import org.loopscope.ui.run.RunViewModel;
import org.loopscope.ui.timeline.TimelineView;
import org.loopscope.ui.variables.VariablesView;
import org.loopscope.ui.variables.VariablesViewModel;

/**
 * Puts the player into the main window: its controls in the toolbar, the Run menu, File → Export, the panels as
 * tabs next to the console, the run's status in the status line, and a frame timer that plays while Play is on.
 */
public final class RunWiring {

    private final MainView view;
    private final MainViewModel viewModel;
    private final RunViewModel run;
    private final I18n i18n;
    private RunControlsView controls;
    private RunPanels panels;
    private VariablesView variables;
    private final AnimationTimer player = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            if (last >= 0) {
                // A long pause (a dialog, a breakpoint in a debugger) must not make one huge jump.
                double wall = Math.min(0.1, (now - last) / 1e9);
                viewModel.faults().guard(Fault.Where.PANELS, () -> run.tick(wall));
            }
            last = now;
        }

        @Override
        public void stop() {
            super.stop();
            last = -1;
        }
    };

    RunWiring(MainView view, MainViewModel viewModel, I18n i18n) {
        this.view = Objects.requireNonNull(view, "view");
        this.viewModel = viewModel;
        this.run = viewModel.run();
        this.i18n = i18n;
    }

    void install(HBox controlsSlot, Menu runMenu, Menu exportMenu, TabPane tabs, Label status) {
        controls = new RunControlsView(run, i18n, viewModel::runProgram);
        controlsSlot.getChildren().setAll(controls);
        HBox.setHgrow(controls, javafx.scene.layout.Priority.ALWAYS);
        controls.fillMenu(runMenu);
        panels = new RunPanels(run, i18n);
        tabs.getTabs().addAll(panels.tabs());
        variables = new VariablesView(new VariablesViewModel(run::variables, run.stateProperty(),
                run.selectedTaskProperty()), i18n);
        tabs.getTabs().add(variables.tab());
        status.textProperty().bind(i18n.bind(run.statusProperty()));
        run.playingProperty().addListener((observable, before, playing) -> {
            if (playing) {
                player.start();
            } else {
                player.stop();
            }
        });
        exportMenu.getItems().setAll(
                export("menu.file.export.timelinePng", "PNG", "*.png", run.exports()::png),
                export("menu.file.export.timelineSvg", "SVG", "*.svg", run.exports()::svg),
                export("menu.file.export.chrome", "JSON", "*.json", run.exports()::chromeTrace),
                export("menu.file.export.events", "JSON Lines", "*.jsonl", run.exports()::eventLog));
        exportMenu.disableProperty().bind(run.activeProperty().not());
    }

    /**
     * Shows the run on the timeline: each newer model of the growing run (built off this thread), the cursor
     * following the player's (a click or drag on the timeline's axis seeks the run there), and the selected task the
     * same on the timeline, in the tasks table and in the code.
     */
    void showTimeline(TimelineView timeline) {
        timeline.viewModel().veilFutureProperty().set(true);
        run.timelineProperty().addListener((observable, before, model) -> timeline.showModel(model));
        timeline.showModel(run.timelineProperty().get());
        timeline.eventCursorProperty().set(run.positionProperty().get());
        run.positionProperty().addListener((observable, before, position) ->
                timeline.eventCursorProperty().set(position.intValue()));
        timeline.eventCursorProperty().addListener((observable, before, events) -> {
            if (events.intValue() != run.positionProperty().get()) {
                run.seekEvent(events.intValue());
            }
        });
        timeline.selectedTaskProperty().bindBidirectional(run.selectedTaskIndexProperty());
        // On the time axis the cursor stands where the clock readout says: at the last event's time (not the next
        // one's, which may lie after a blocking call or a timer's wait), flowing between steps while playing.
        timeline.viewModel().cursorTimeProperty().bind(viewModel.clockSecondsProperty());
    }

    /** Installs the player's keys on the window's scene. */
    void installKeys(Scene scene) {
        controls.installKeys(scene);
    }

    /** Returns the panels, for tests. */
    public RunPanels panels() {
        return panels;
    }

    /** Returns the Variables panel, for tests. */
    public VariablesView variables() {
        return variables;
    }

    /** Stops playing and ends the run (the window closes). */
    void close() {
        player.stop();
        run.closeRun();
    }

    /** Writes an export to a file; the UI tests and File → Export use it. */
    @FunctionalInterface
    interface Exporter {
        void write(Path file) throws IOException;
    }

    private MenuItem export(String key, String kind, String pattern, Exporter exporter) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.text(key));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            String base = Path.of(run.runPath()).getFileName().toString().replaceFirst("\\.py$", "");
            chooser.setInitialFileName(base + pattern.substring(1));
            java.io.File file = chooser.showSaveDialog(view.getScene().getWindow());
            if (file == null) {
                return;
            }
            export(exporter, file.toPath());
        });
        return item;
    }

    /**
     * Writes one export: a file the system refuses (a full disk, a folder without write permission) is said in the
     * console; an exporter's own exception is a fault, for the error bar and the log.
     */
    void export(Exporter exporter, Path file) {
        viewModel.faults().guard(Fault.Where.EXPORT, () -> {
            try {
                exporter.write(file);
                viewModel.console().info(i18n.text("export.done", file.toString()));
            } catch (IOException e) {
                viewModel.console().error(i18n.text("export.failed", file.toString(), String.valueOf(e.getMessage())));
            }
        });
    }
}
