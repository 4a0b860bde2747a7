package org.loopscope.ui.files;

import java.util.Objects;
import org.loopscope.ui.i18n.Message;

/**
 * Something that went wrong with a file, told to a person: a one-line summary for the error bar and the details
 * (full path, the system's own words) behind its "Details" button. Both are {@link Message}s, so the window shows
 * them in the current language and again in another when the language changes.
 *
 * @param summary one sentence, e.g. {@code file.binary} ("photo.py is not a text file.")
 * @param details the longer story
 */
public record Problem(Message summary, Message details) {

    public Problem {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(details, "details");
    }
}
