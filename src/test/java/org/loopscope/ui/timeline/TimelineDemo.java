package org.loopscope.ui.timeline;

import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.loopscope.session.view.Recorded;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.trace.Trace;

/**
 * A window with the timeline of a recorded program, to look at: {@code 04_blocking_vs_async_sleep.py} by default,
 * or {@code cancel} (a task cancelled while main awaits it). Arguments: the program, {@code iterations} for the
 * iteration axis, {@code dark}, {@code scale=F}, {@code select=N} (a task), {@code cursor=F} (a share of the events).
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.loopscope.ui.timeline.TimelineDemo}.
 */
public final class TimelineDemo {

    private TimelineDemo() {
    }

    public static void main(String[] args) {
        // A class that is not an Application starts JavaFX from the class path.
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Recorded run = new Recorded();
            Trace trace = args.contains("cancel") ? run.cancelASleeper() : run.blockingVersusAsyncSleep();
            TimelineView view = new TimelineView();
            view.showModel(TimelineModel.of(trace));
            for (String arg : args) {
                if (arg.startsWith("scale=")) {
                    view.fontSizeProperty().set(TimelineView.STANDARD_FONT_SIZE * Double.parseDouble(arg.substring(6)));
                } else if (arg.startsWith("select=")) {
                    view.selectedTaskProperty().set(Integer.parseInt(arg.substring(7)));
                } else if (arg.startsWith("cursor=")) {
                    view.eventCursorProperty().set((int) (trace.size() * Double.parseDouble(arg.substring(7))));
                }
            }
            view.axisModeProperty().set(args.contains("iterations") ? AxisMode.ITERATIONS : AxisMode.TIME);
            view.darkProperty().set(args.contains("dark"));
            stage.setTitle("Loopscope timeline");
            stage.setScene(new Scene(view, 1280, 720));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        }

    }
}
