package org.loopscope.ui.files;

import java.util.Objects;

/**
 * Something that went wrong with a file, told to a person: a one-line summary for the error bar and the details
 * (full path, the system's own words) behind its "Details" button.
 *
 * @param summary one sentence, e.g. {@code "photo.py is not a text file."}
 * @param details the longer story
 */
public record Problem(String summary, String details) {

    public Problem {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
    }
}
