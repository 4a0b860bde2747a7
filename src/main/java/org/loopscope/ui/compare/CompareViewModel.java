package org.loopscope.ui.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.loopscope.session.Comparison;
import org.loopscope.session.RunInput;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.run.PlaySpeed;

/**
 * Compare mode without nodes: two or three variants of a program run to their end, each shown as a group of lanes on
 * one shared time axis, with its {@link Comparison.Row summary row}, and one cursor that moves all of them together
 * by virtual time.
 *
 * <p>The cursor is an instant {@link #timeProperty() t} plus whether anything has happened yet
 * ({@link #startedProperty() started}): a group shows the state after every one of its events at or before {@code t}
 * (before any event when not started). Step goes to the next instant at which something happens in any variant; play
 * lets virtual time flow at the chosen speed, the same for every variant, up to the longest run's end.
 *
 * <p>{@link #compute} runs the variants (on any thread, it waits); {@link #show} puts the result in the properties (on
 * the JavaFX thread, like every other method).
 */
public final class CompareViewModel {

    /** How long the variants may take to run before the comparison shows what they recorded. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    /** One variant to run: its label and its input. */
    public record Source(String label, RunInput input) {

        public Source {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(input, "input");
        }
    }

    /**
     * One variant, run: its place among the variants, its label, the model of its timeline and its summary row.
     */
    public record Group(int index, String label, TimelineModel model, Comparison.Row row) {

        public Group {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(row, "row");
        }
    }

    private final List<Source> sources;
    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(this, "groups", List.of());
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(this, "time", 0);
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started", false);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final ObjectProperty<PlaySpeed> speed = new SimpleObjectProperty<>(this, "speed", new PlaySpeed(1));

    /** A comparison of two or three variants, not yet run. */
    public CompareViewModel(List<Source> sources) {
        if (sources.size() < 2 || sources.size() > 3) {
            throw new IllegalArgumentException("compare mode shows two or three variants, not " + sources.size());
        }
        this.sources = List.copyOf(sources);
        playing.addListener((observable, before, now) -> {
            if (now && atEnd()) {
                // Play at the end starts again from the beginning, as a player does.
                time.set(0);
                started.set(true);
            }
        });
    }

    /** The variants to run, in order. */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Runs every variant to its end (at most {@code patience} in all; a variant still running then is shown as far
     * as it got) and returns its group. Any thread.
     */
    public List<Group> compute(Duration patience) throws InterruptedException {
        List<String> labels = sources.stream().map(Source::label).toList();
        List<RunInput> inputs = sources.stream().map(Source::input).toList();
        try (Comparison comparison = Comparison.start(labels, inputs)) {
            comparison.await(patience);
            List<Comparison.Row> rows = comparison.rows();
            List<Group> result = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                TimelineModel model = TimelineModel.of(comparison.variants().get(k).session().snapshot());
                result.add(new Group(k, labels.get(k), model, rows.get(k)));
            }
            return List.copyOf(result);
        }
    }

    /** Shows computed groups, with the cursor before anything happened. */
    public void show(List<Group> computed) {
        playing.set(false);
        groups.set(List.copyOf(computed));
        reset();
    }

    // ---- properties

    /** The variants' groups, in order; empty until {@link #show}. */
    public ReadOnlyObjectProperty<List<Group>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** The variants' groups, in order. */
    public List<Group> groups() {
        return groups.get();
    }

    /** The cursor's instant, in virtual seconds. */
    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** Whether the cursor is past the events at its instant (false: before anything happened). */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** Whether virtual time is flowing. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** How fast playing moves the cursor. */
    public ObjectProperty<PlaySpeed> speedProperty() {
        return speed;
    }

    /** The end of the shared axis: the longest variant's end. */
    public double axisEnd() {
        double end = 0;
        for (Group group : groups.get()) {
            end = Math.max(end, group.model().endTime());
        }
        return end;
    }

    /** Whether the cursor is at the end of the longest variant. */
    public boolean atEnd() {
        return started.get() && time.get() >= axisEnd();
    }

    /** Where group {@code index}'s cursor is: the number of its events that happened by the cursor. */
    public int cursorOf(int index) {
        return started.get() ? eventsUpTo(groups.get().get(index).model(), time.get()) : 0;
    }

    /** How many of a model's events are at or before {@code t}. */
    static int eventsUpTo(TimelineModel model, double t) {
        return model.eventAtTime(Math.nextUp(t));
    }

    // ---- moves

    /** Back to before anything happened. */
    public void reset() {
        playing.set(false);
        time.set(0);
        started.set(false);
    }

    /** To the end of the longest variant, every variant's events shown. */
    public void end() {
        playing.set(false);
        started.set(true);
        time.set(axisEnd());
    }

    /** To the next instant at which something happens in any variant (from the start: the events at time 0). */
    public void step() {
        playing.set(false);
        if (!started.get()) {
            started.set(true);
            return;
        }
        double t = time.get();
        double next = axisEnd();
        for (Group group : groups.get()) {
            TimelineModel model = group.model();
            int after = eventsUpTo(model, t);
            if (after < model.eventCount()) {
                next = Math.min(next, model.timeOf(after));
            } else if (model.endTime() > t) {
                next = Math.min(next, model.endTime());
            }
        }
        time.set(Math.max(t, next));
    }

    /** To the previous instant at which something happened in any variant; from the first, to before anything. */
    public void stepBack() {
        playing.set(false);
        if (!started.get()) {
            return;
        }
        double t = time.get();
        double previous = Double.NEGATIVE_INFINITY;
        for (Group group : groups.get()) {
            TimelineModel model = group.model();
            if (model.endTime() < t) {
                previous = Math.max(previous, model.endTime());
            }
            int before = model.eventAtTime(t);
            if (before > 0) {
                previous = Math.max(previous, model.timeOf(before - 1));
            }
        }
        if (previous == Double.NEGATIVE_INFINITY) {
            started.set(false);
            time.set(0);
        } else {
            time.set(previous);
        }
    }

    /** Puts the cursor at instant {@code t} (a click on an axis), within the shared axis. */
    public void seek(double t) {
        started.set(true);
        time.set(Math.max(0, Math.min(axisEnd(), t)));
    }

    /** Starts playing. */
    public void play() {
        playing.set(true);
    }

    /** Moves the cursor by {@code wallSeconds} of playing at the chosen speed; stops at the end. */
    public void tick(double wallSeconds) {
        if (!playing.get()) {
            return;
        }
        started.set(true);
        PlaySpeed chosen = speed.get();
        double next = chosen.fastest() ? axisEnd() : time.get() + wallSeconds * chosen.factor();
        if (next >= axisEnd()) {
            time.set(axisEnd());
            playing.set(false);
        } else {
            time.set(next);
        }
    }

    // ---- texts

    /** What the order-of-results column puts between two printed lines. */
    static final String SEPARATOR = " \u203a ";

    /** A duration as the summary shows it, e.g. {@code 0.600 s}. */
    public static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }

    /** The order of a variant's results as the summary shows it: the lines it printed, in order. */
    public static String results(Comparison.Row row) {
        return String.join(SEPARATOR, row.printed());
    }

    /** The clock readout for instant {@code seconds}, e.g. {@code t = 0.300 s}. */
    public static String clock(double seconds) {
        return String.format(Locale.ROOT, "t = %.3f s", seconds);
    }
}
