package org.loopscope.ui.compare;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.loopscope.ui.compare.CompareViewModel.Source;
import org.loopscope.ui.i18n.I18n;

/**
 * Opens compare mode in a window of its own: it runs the variants on a background thread (the window says so
 * meanwhile), then shows them; a frame timer moves the shared cursor while Play is on. The window follows the main
 * window's font size, font and theme.
 */
public final class CompareWindow {

    private final Stage stage = new Stage();
    private final CompareViewModel viewModel;
    private final CompareView view;
    private final Thread runner;
    private final AnimationTimer player = new AnimationTimer() {
        private long last = -1;

        @Override
        public void handle(long now) {
            if (last >= 0) {
                // A long pause (a dialog, a debugger) must not make one huge jump.
                viewModel.tick(Math.min(0.1, (now - last) / 1e9));
            }
            last = now;
        }

        @Override
        public void stop() {
            super.stop();
            last = -1;
        }
    };

    private CompareWindow(Window owner, List<Source> sources, I18n i18n) {
        viewModel = new CompareViewModel(sources);
        view = new CompareView(viewModel, i18n);
        if (owner != null) {
            stage.initOwner(owner);
        }
        // As large as the screen allows, up to a size where three groups and the table have room.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        stage.setScene(scene);
        String labels = String.join(" \u00b7 ", sources.stream().map(Source::label).toList());
        stage.titleProperty().bind(i18n.bind("compare.title", labels));
        view.controls().installKeys(scene);
        viewModel.playingProperty().addListener((observable, before, playing) -> {
            if (playing) {
                player.start();
            } else {
                player.stop();
            }
        });
        runner = new Thread(this::run, "compare");
        runner.setDaemon(true);
        stage.setOnHidden(event -> {
            player.stop();
            viewModel.playingProperty().set(false);
            runner.interrupt();
        });
    }

    /**
     * Opens a window comparing {@code sources} (two or three), owned by {@code owner} (or none), with texts in the
     * language of {@code i18n}, the font size and style (font family) of the main window and its theme.
     */
    public static CompareWindow open(Window owner, List<Source> sources, I18n i18n, ObservableDoubleValue fontSize,
            ObservableStringValue style, ObservableBooleanValue dark) {
        CompareWindow window = new CompareWindow(owner, sources, i18n);
        window.view.fontSizeProperty().bind(fontSize);
        window.view.styleProperty().bind(style);
        window.view.darkProperty().bind(dark);
        window.view.getStyleClass().add("light");
        dark.addListener((observable, before, now) -> window.theme(now));
        window.theme(dark.get());
        window.stage.show();
        window.runner.start();
        return window;
    }

    private void theme(boolean dark) {
        view.getStyleClass().removeAll("dark", "light");
        view.getStyleClass().add(dark ? "dark" : "light");
    }

    private void run() {
        try {
            List<CompareViewModel.Group> groups = viewModel.compute(CompareViewModel.PATIENCE);
            Platform.runLater(() -> viewModel.show(groups));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            Platform.runLater(() -> view.failed(String.valueOf(e.getMessage())));
        }
    }

    /** The window. */
    public Stage stage() {
        return stage;
    }

    /** The view in it. */
    public CompareView view() {
        return view;
    }

    /** The view-model it shows. */
    public CompareViewModel viewModel() {
        return viewModel;
    }

    /** Closes the window. */
    public void close() {
        stage.close();
    }
}
