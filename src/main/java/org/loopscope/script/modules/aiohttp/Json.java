package org.loopscope.script.modules.aiohttp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Floats;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;

/**
 * JSON as the simulated network speaks it: Python values written the way {@code json.dumps} writes them (what
 * aiohttp sends for {@code json=}), Java documents written as httpbin prints its answers (sorted keys, two-space
 * indent, {@code ", "} before each line break), and text parsed back into Python values as {@code json.loads}
 * does (objects become dicts, arrays lists, integers ints).
 */
final class Json {

    /** {@code json.JSONDecodeError}, the ValueError that bad JSON raises. */
    static final org.loopscope.script.runtime.PyType DECODE_ERROR = decodeError();

    private Json() {
    }

    private static org.loopscope.script.runtime.PyType decodeError() {
        Map<String, Object> ns = new java.util.LinkedHashMap<>();
        ns.put("__module__", "json.decoder");
        ns.put("__qualname__", "JSONDecodeError");
        return org.loopscope.script.runtime.PyType.create("JSONDecodeError",
                new org.loopscope.script.runtime.PyType[] {ExcTypes.VALUE_ERROR}, ns);
    }

    /** A JSON document built in Java: maps (kept in their order), lists, strings, numbers, booleans, null. */
    static String httpbin(Object document) {
        StringBuilder out = new StringBuilder();
        write(out, document, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        String pad = "  ".repeat(depth + 1);
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(pad);
                string(out, e.getKey().toString());
                out.append(": ");
                write(out, e.getValue(), depth + 1);
                out.append(++i < map.size() ? ", \n" : "\n");
            }
            out.append("  ".repeat(depth)).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(pad);
                write(out, list.get(i), depth + 1);
                out.append(i + 1 < list.size() ? ", \n" : "\n");
            }
            out.append("  ".repeat(depth)).append(']');
        } else if (value instanceof PyDict d) {
            Map<String, Object> sorted = new java.util.TreeMap<>();
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                sorted.put(PyOps.str(d.keyAt(p)), d.valueAt(p));
            }
            write(out, sorted, depth);
        } else if (value instanceof PyList || value instanceof PyTuple) {
            Object[] items = value instanceof PyList l ? l.toArray() : ((PyTuple) value).items();
            write(out, java.util.Arrays.asList(items), depth);
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value == null || Py.isNone(value)) {
            out.append("null");
        } else {
            out.append(dumps(value));
        }
    }

    /** {@code json.dumps(value)} of a Python value, or CPython's TypeError for what JSON cannot hold. */
    static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        dump(out, value);
        return out.toString();
    }

    private static void dump(StringBuilder out, Object value) {
        if (value == null || Py.isNone(value)) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Long || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : Floats.repr(d));
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof PyList || value instanceof PyTuple) {
            Object[] items = value instanceof PyList l ? l.toArray() : ((PyTuple) value).items();
            out.append('[');
            for (int i = 0; i < items.length; i++) {
                out.append(i > 0 ? ", " : "");
                dump(out, items[i]);
            }
            out.append(']');
        } else if (value instanceof PyDict d) {
            out.append('{');
            boolean first = true;
            for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                out.append(first ? "" : ", ");
                first = false;
                Object key = d.keyAt(p);
                string(out, key instanceof String s ? s : dumps(key).replace("\"", ""));
                out.append(": ");
                dump(out, d.valueAt(p));
            }
            out.append('}');
        } else {
            throw Errors.typeError("Object of type " + Py.typeName(value) + " is not JSON serializable");
        }
    }

    /** A JSON string literal with {@code ensure_ascii}: everything outside printable ASCII escaped. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** {@code json.loads(text)}: dicts, lists, str, int, float, bool and None; ValueError on bad JSON. */
    static Object loads(String text) {
        Parser p = new Parser(text);
        p.space();
        Object value = p.value();
        p.space();
        if (p.pos < text.length()) {
            throw p.error("Extra data");
        }
        return value;
    }

    /** A recursive-descent reader of one JSON text. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        void space() {
            while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        RuntimeException error(String what) {
            // json.JSONDecodeError is a ValueError subclass; its message names line and column.
            int line = 1;
            int col = 1;
            for (int i = 0; i < pos && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return Errors.of(DECODE_ERROR, what + ": line " + line + " column " + col + " (char " + pos + ")");
        }

        Object value() {
            if (pos >= text.length()) {
                throw error("Expecting value");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", pos)) {
                pos += 4;
                return Py.NONE;
            }
            return number();
        }

        PyDict object() {
            PyDict dict = new PyDict();
            pos++;
            space();
            if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                return dict;
            }
            while (true) {
                space();
                if (pos >= text.length() || text.charAt(pos) != '"') {
                    throw error("Expecting property name enclosed in double quotes");
                }
                String key = string();
                space();
                expect(':', "Expecting ':' delimiter");
                space();
                dict.put(key, value());
                space();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect('}', "Expecting ',' delimiter");
                return dict;
            }
        }

        PyList array() {
            List<Object> items = new ArrayList<>();
            pos++;
            space();
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return PyList.of();
            }
            while (true) {
                space();
                items.add(value());
                space();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect(']', "Expecting ',' delimiter");
                return PyList.of(items.toArray());
            }
        }

        void expect(char c, String message) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw error(message);
            }
            pos++;
        }

        String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = pos < text.length() ? text.charAt(pos++) : 'x';
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
            throw error("Unterminated string starting at");
        }

        Object number() {
            int start = pos;
            boolean fraction = false;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                fraction |= "eE.".indexOf(text.charAt(pos)) >= 0;
                pos++;
            }
            if (start == pos) {
                throw error("Expecting value");
            }
            String literal = text.substring(start, pos);
            if (fraction) {
                return Double.parseDouble(literal);
            }
            BigInteger big = new BigInteger(literal);
            return big.bitLength() < 64 ? Py.integer(big.longValue()) : Py.integer(big);
        }
    }
}
