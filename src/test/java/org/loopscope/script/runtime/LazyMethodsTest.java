package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The builtin classes' methods are installed lazily; the shortcuts that avoid installing them must stay true. */
class LazyMethodsTest {

    @Test
    void strHasNoSetNameSoClassStatementsNeedNotLookItUp() {
        // PyType.create skips the __set_name__ lookup for str values (a class body's __module__, __qualname__...)
        assertThat(Types.STR.lookup("__set_name__")).isNull();
    }

    @Test
    void bothGroupsAreInstalledWhenAValueClassIsRead() {
        assertThat(Types.INT.lookup("bit_length")).isInstanceOf(MethodDescriptor.class);
        assertThat(Types.OBJECT.lookup("__repr__")).isSameAs(Types.OBJECT_REPR);
        assertThat(ExcTypes.BASE_EXCEPTION.ownDict()).containsKey("with_traceback");
    }
}
