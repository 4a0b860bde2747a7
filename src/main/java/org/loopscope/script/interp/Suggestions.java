package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyList;

/**
 * The "Did you mean: 'x'?" that CPython 3.11 adds to a printed NameError or AttributeError: the candidate name
 * closest to the missing one by CPython's weighted Levenshtein distance, if close enough.
 */
final class Suggestions {

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final List<String> BUILTIN_ORDER = List.of(("__name__ __doc__ __package__ __loader__ __spec__"
            + " __build_class__ __import__ abs all any ascii bin breakpoint callable chr compile delattr dir divmod"
            + " eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter aiter len"
            + " locals max min next anext oct ord pow print repr round setattr sorted sum vars None Ellipsis"
            + " NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter"
            + " float frozenset property int list map object range reversed set slice staticmethod str super tuple"
            + " type zip __debug__ BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt"
            + " SystemExit ArithmeticError AssertionError AttributeError BufferError EOFError ImportError"
            + " LookupError MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration"
            + " StopIteration SyntaxError SystemError TypeError ValueError Warning FloatingPointError OverflowError"
            + " ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning"
            + " PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning"
            + " BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError"
            + " InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError"
            + " TimeoutError IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError"
            + " RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError"
            + " ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError"
            + " UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit copyright credits"
            + " license help").split(" "));

    private Suggestions() {
    }

    /** The suggestion for {@code error}, or null. */
    static String suggest(Interpreter interp, PyException error) {
        Object name;
        try {
            name = Attrs.getattrOrNull(error, "name");
        } catch (PyException e) {
            return null;
        }
        if (!(name instanceof String missing)) {
            return null;
        }
        if (error.type().isSubtype(ExcTypes.NAME_ERROR)) {
            List<Interpreter.TracePoint> points = interp == null ? List.of() : interp.tracePoints(error);
            if (points.isEmpty() || points.get(0) == null) {
                return null;
            }
            Interpreter.TracePoint inner = points.get(0);
            String found = best(inner.code().varnames(), missing);
            if (found == null && inner.globals() != null) {
                found = best(keys(inner.globals()), missing);
            }
            if (found == null) {
                found = best(builtinNames(interp.builtins), missing);
            }
            return found;
        }
        if (error.type().isSubtype(ExcTypes.ATTRIBUTE_ERROR)) {
            Object obj;
            try {
                obj = Attrs.getattrOrNull(error, "obj");
            } catch (PyException e) {
                return null;
            }
            if (obj == null) {
                return null;
            }
            try {
                PyList dir = Attrs.dir(obj);
                List<String> names = new ArrayList<>();
                for (int i = 0; i < dir.size(); i++) {
                    if (dir.get(i) instanceof String s) {
                        names.add(s);
                    }
                }
                return best(names, missing);
            } catch (PyException e) {
                return null;
            }
        }
        return null;
    }

    private static List<String> keys(PyDict dict) {
        List<String> out = new ArrayList<>();
        for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
            if (dict.keyAt(e) instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> builtinNames(PyDict builtins) {
        List<String> present = keys(builtins);
        List<String> out = new ArrayList<>();
        for (String n : BUILTIN_ORDER) {
            if (present.contains(n)) {
                out.add(n);
            }
        }
        for (String n : present) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** CPython's {@code calculate_suggestions}. */
    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        int nameSize = utf8(name).length;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int itemSize = utf8(item).length;
            int maxDistance = (nameSize + itemSize + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int distance = distance(utf8(name), utf8(item), maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (suggestion == null || distance < suggestionDistance) {
                suggestion = item;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** CPython's {@code levenshtein_distance} with early exit past {@code maxCost}. */
    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a0.length;
        int bSize = b0.length;
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING || bSize > MAX_STRING) {
            return maxCost + 1;
        }
        byte[] a = java.util.Arrays.copyOfRange(a0, aStart, aStart + aSize);
        byte[] b = java.util.Arrays.copyOfRange(b0, bStart, bStart + bSize);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length];
        int tmp = MOVE_COST;
        for (int i = 0; i < a.length; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < b.length; bIndex++) {
            byte code = b[bIndex];
            int distance = bIndex * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length; index++) {
                int substitute = distance + substitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
