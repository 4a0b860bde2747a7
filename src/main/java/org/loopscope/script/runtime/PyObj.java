package org.loopscope.script.runtime;

/**
 * A Python value implemented by a runtime class: it knows its Python class. Values of the hottest types are plain
 * Java objects instead and do not implement this (see the package documentation): {@code Long}/{@code BigInteger}
 * (int), {@code Boolean} (bool), {@code Double} (float), {@code String} (str). {@link Py#type(Object)} answers for
 * every value.
 */
public interface PyObj {

    /** The Python class of this value ({@code type(self)}). */
    PyType type();
}
