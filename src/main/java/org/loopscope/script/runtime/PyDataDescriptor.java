package org.loopscope.script.runtime;

/** A descriptor that also controls assignment and deletion ({@code __set__}/{@code __delete__}): it wins over the
 * instance dict on lookup. */
public interface PyDataDescriptor extends PyDescriptor {

    /** {@code __set__(instance, value)}. */
    void set(Object instance, Object value);

    /** {@code __delete__(instance)}. */
    void delete(Object instance);
}
