package org.loopscope.ui.presenter;

import java.util.Objects;

/**
 * One line of the key list: the keys as a person presses them ({@code Ctrl+S}, {@code Esc}) and what they do, in
 * the current language.
 *
 * @param group  the heading it is listed under, e.g. the menu's name
 * @param keys   the keys
 * @param action what they do
 */
public record KeyHint(String group, String keys, String action) {

    public KeyHint {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(action, "action");
    }
}
