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
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.run.RunControlsView;
import org.loopscope.ui.run.RunPanels;
import org.loopscope.ui.run.RunViewModel;
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
                run.tick(Math.min(0.1, (now - last) / 1e9));
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
                export("menu.file.export.timelinePng", "PNG", "*.png", run::exportPng),
                export("menu.file.export.timelineSvg", "SVG", "*.svg", run::exportSvg),
                export("menu.file.export.chrome", "JSON", "*.json", run::exportChromeTrace),
                export("menu.file.export.events", "JSON Lines", "*.jsonl", run::exportEventLog));
        exportMenu.disableProperty().bind(run.activeProperty().not());
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
            try {
                exporter.write(file.toPath());
                viewModel.console().info(i18n.text("export.done", file.toPath().toString()));
            } catch (IOException | RuntimeException e) {
                viewModel.console().error(i18n.text("export.failed", file.toPath().toString(),
                        String.valueOf(e.getMessage())));
            }
        });
        return item;
    }
}
