package org.loopscope.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run depends on: the script's text and absolute path (reprs and tracebacks show the path), the
 * options, and the interventions in the order they were made. With the virtual clock a run is a pure function of
 * this value: equal inputs give byte-identical traces and exports.
 *
 * @param path          the script's absolute path
 * @param text          the script's source
 * @param options       seed, clock, line cost, line events and limits
 * @param interventions what is done to the program from outside, and when
 */
public record RunInput(String path, String text, SessionOptions options, List<Intervention> interventions) {

    public RunInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        interventions = List.copyOf(interventions);
    }

    /** The script at {@code path} with default options and no interventions. */
    public static RunInput of(String path, String text) {
        return new RunInput(path, text, SessionOptions.defaults(), List.of());
    }

    /** This input with other options. */
    public RunInput withOptions(SessionOptions newOptions) {
        return new RunInput(path, text, newOptions, interventions);
    }

    /** This input with another script text (edit and replay). */
    public RunInput withText(String newText) {
        return new RunInput(path, newText, options, interventions);
    }

    /** This input with exactly these interventions. */
    public RunInput withInterventions(List<Intervention> newInterventions) {
        return new RunInput(path, text, options, newInterventions);
    }

    /** This input with one more intervention. */
    public RunInput plus(Intervention intervention) {
        List<Intervention> all = new ArrayList<>(interventions);
        all.add(Objects.requireNonNull(intervention, "intervention"));
        return withInterventions(all);
    }

    /** This input without {@code intervention} (the first equal one). */
    public RunInput minus(Intervention intervention) {
        List<Intervention> all = new ArrayList<>(interventions);
        all.remove(intervention);
        return withInterventions(all);
    }
}
