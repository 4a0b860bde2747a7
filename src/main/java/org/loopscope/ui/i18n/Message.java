package org.loopscope.ui.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text to show a person, not yet in any language: the key of a resource bundle entry and the arguments of its
 * placeholders. View-models that hold a message (a file problem, say) keep it in this form so that the view can
 * show it in whatever language is current, and show it again in another when the language changes.
 *
 * <p>An argument may itself be a message; it is translated before it is put in its place. Other arguments are
 * formatted by {@link java.text.MessageFormat} in the current language's locale.
 *
 * @param key  the bundle key, e.g. {@code file.missing}
 * @param args the values of {@code {0}}, {@code {1}}, ...
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        // List.copyOf refuses nulls: an argument that is absent must say so in words.
        args = List.copyOf(args);
    }

    /** Returns a message with the given arguments. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
