package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Instruments} calls each action on every attached instrument through its own method (no lambda per
 * action), and each of those methods keeps the rule of {@link Instruments#emit}: an instrument that throws is
 * dropped, the others hear {@code instrumentFailed} and go on hearing the later actions.
 */
class InstrumentsTest {

    /** The actions of {@link Instrument} the engine announces (all but the one the instruments announce). */
    private static List<Method> actions() {
        List<Method> actions = new ArrayList<>();
        for (Method m : Instrument.class.getMethods()) {
            boolean legacyExit = m.getName().equals("taskExited") && m.getParameterCount() == 1;
            if (!m.getName().equals("instrumentFailed") && !legacyExit) {
                actions.add(m);
            }
        }
        return actions;
    }

    /** A sample argument of each parameter type: null for objects, zero for numbers. */
    private static Object[] arguments(Method m) {
        return Arrays.stream(m.getParameterTypes())
                .map(t -> t == long.class ? (Object) 0L : t == double.class ? (Object) 0.0 : t == int.class ? 0 : null)
                .toArray();
    }

    /** An instrument that writes {@code name:method} for each action it hears and throws on {@code failing}. */
    private static Instrument listener(String name, List<String> heard, String failing) {
        return (Instrument) Proxy.newProxyInstance(Instrument.class.getClassLoader(), new Class<?>[] {Instrument.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("equals") ? proxy == args[0]
                                : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : name;
                    }
                    heard.add(name + ":" + method.getName());
                    if (method.getName().equals(failing)) {
                        throw new IllegalStateException(name + " broke");
                    }
                    return null;
                });
    }

    @Test
    void everyActionHasItsOwnMethodAndReachesEveryInstrumentInOrder() throws ReflectiveOperationException {
        for (Method action : actions()) {
            Method own = Instruments.class.getMethod(action.getName(), action.getParameterTypes());
            List<String> heard = new ArrayList<>();
            Instruments instruments = new Instruments();
            instruments.add(listener("a", heard, null));
            instruments.add(listener("b", heard, null));
            own.invoke(instruments, arguments(action));
            assertThat(heard).as(action.getName()).containsExactly("a:" + action.getName(), "b:" + action.getName());
        }
    }

    @Test
    void aThrowingInstrumentIsDroppedAndTheOthersAreToldWhateverTheAction() throws ReflectiveOperationException {
        for (Method action : actions()) {
            Method own = Instruments.class.getMethod(action.getName(), action.getParameterTypes());
            List<String> heard = new ArrayList<>();
            Instruments instruments = new Instruments();
            instruments.add(listener("bad", heard, action.getName()));
            instruments.add(listener("good", heard, null));
            try {
                own.invoke(instruments, arguments(action));
                own.invoke(instruments, arguments(action));
            } catch (InvocationTargetException escaped) {
                throw new AssertionError(action.getName() + " let an instrument's exception through", escaped);
            }
            String name = action.getName();
            assertThat(heard).as(name).containsExactly("bad:" + name, "good:instrumentFailed", "good:" + name,
                    "good:" + name);
        }
    }
}
