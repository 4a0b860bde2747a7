package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builtin classes' methods are installed lazily; the shortcuts that avoid installing them must stay true. */
class LazyMethodsTest {

    @Test
    void ofTheBuiltinClassesOnlyPropertyHasSetName() throws IllegalAccessException {
        // PyType.create looks __set_name__ up only on values of property and of non-builtin classes
        List<PyType> types = new ArrayList<>(ExcTypes.builtins().values());
        for (Field field : Types.class.getFields()) {
            if (field.getType() == PyType.class && Modifier.isStatic(field.getModifiers())) {
                types.add((PyType) field.get(null));
            }
        }
        assertThat(types).hasSizeGreaterThan(100);
        for (PyType type : types) {
            assertThat(type.lookup("__set_name__")).as(type.name()).matches(m -> (m != null) == (type == Types.PROPERTY));
        }
    }

    @Test
    void objectsInitSubclassIsTheOneClassStatementsSkip() {
        // PyType.create does not look up __init_subclass__ for a class whose only base is object
        assertThat(Types.OBJECT.lookup("__init_subclass__")).isSameAs(Types.OBJECT_INIT_SUBCLASS);
    }

    @Test
    void bothGroupsAreInstalledWhenAValueClassIsRead() {
        assertThat(Types.INT.lookup("bit_length")).isInstanceOf(MethodDescriptor.class);
        assertThat(Types.OBJECT.lookup("__repr__")).isSameAs(Types.OBJECT_REPR);
        assertThat(ExcTypes.BASE_EXCEPTION.ownDict()).containsKey("with_traceback");
    }
}
