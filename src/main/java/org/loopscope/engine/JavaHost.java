package org.loopscope.engine;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The {@link EngineHost} for Java code and tests: exceptions are {@link PythonError}s, values print roughly as
 * Python prints them (None, True, quoted strings, lists, tuples as {@link List}s, floats with a {@code .0}).
 */
public final class JavaHost implements EngineHost {

    /** Stands for Python's None inside lists and arguments, where Java collections refuse null. */
    public static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    @Override
    public RuntimeException newError(ErrorType type, Object... args) {
        boolean baseOnly = switch (type) {
            case CANCELLED_ERROR, KEYBOARD_INTERRUPT, SYSTEM_EXIT, GENERATOR_EXIT, BASE_EXCEPTION -> true;
            default -> false;
        };
        return new PythonError(type.pythonName(), baseOnly, args);
    }

    @Override
    public boolean isInstance(Throwable error, ErrorType type) {
        if (type == ErrorType.BASE_EXCEPTION) {
            return true;
        }
        if (!(error instanceof PythonError python)) {
            return type == ErrorType.EXCEPTION;
        }
        if (type == ErrorType.EXCEPTION) {
            return !python.baseOnly();
        }
        return python.type().equals(type.pythonName());
    }

    @Override
    public RuntimeException newExceptionGroup(String message, List<RuntimeException> errors) {
        boolean allExceptions = errors.stream().allMatch(e -> isInstance(e, ErrorType.EXCEPTION));
        return new PythonError(allExceptions ? "ExceptionGroup" : "BaseExceptionGroup", !allExceptions,
                new Object[] {message, List.copyOf(errors)});
    }

    @Override
    public void setCause(RuntimeException error, RuntimeException cause) {
        if (error instanceof PythonError python) {
            python.pyCause(cause);
        }
    }

    @Override
    public void setContext(RuntimeException error, RuntimeException context) {
        if (error instanceof PythonError python) {
            python.pyContext(context);
        }
    }

    @Override
    public String typeName(Object value) {
        if (value == null || value == NONE) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        return value instanceof List ? "list" : value instanceof Map ? "dict" : value.getClass().getSimpleName();
    }

    @Override
    public String repr(Object value) {
        if (value == null || value == NONE) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return reprString(s);
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e16 ? String.format(Locale.ROOT, "%.1f", d) : d.toString();
        }
        if (value instanceof PythonError error) {
            StringJoiner joiner = new StringJoiner(", ", error.type() + "(", ")");
            error.args().forEach(a -> joiner.add(repr(a)));
            return joiner.toString();
        }
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? "set()" : join(set, "{", "}");
        }
        if (value instanceof Collection<?> list) {
            return join(list, "[", "]");
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner joiner = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> joiner.add(repr(k) + ": " + repr(v)));
            return joiner.toString();
        }
        return value.toString();
    }

    /** Python's str repr: double quotes when the text has a single quote and no double one, escapes inside. */
    private static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }

    private String join(Collection<?> items, String open, String close) {
        StringJoiner joiner = new StringJoiner(", ", open, close);
        items.forEach(item -> joiner.add(repr(item)));
        return joiner.toString();
    }
}
