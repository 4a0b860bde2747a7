package org.loopscope.script.runtime;

/** A value with an instance {@code __dict__}: attribute assignment stores there, lookup finds it there. */
public interface HasDict {

    /** The instance dict, created on first use. */
    PyDict dict();

    /** The instance dict if it was ever created, else null (so lookups do not create it). */
    PyDict dictOrNull();
}
