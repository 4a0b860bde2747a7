package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sets iterate in CPython's order and dicts in insertion order, through random sequences of operations recorded
 * from CPython by setops.py.
 */
class SetOrderTest {

    @Test
    void randomOperationsEndInCPythonsOrder() throws IOException {
        List<String> lines;
        try (InputStream in = SetOrderTest.class.getResourceAsStream("setops.txt")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            String actual = replay(parts[0].isEmpty() ? new String[0] : parts[0].split(" "));
            if (!actual.equals(parts[1])) {
                mismatches.add(parts[0] + "\n  expected " + parts[1] + "\n  actual   " + actual);
            }
        }
        assertThat(lines).hasSize(400);
        assertThat(mismatches).isEmpty();
    }

    private static PySet setOf(String numbers) {
        PySet set = new PySet();
        set.update(listOf(numbers));
        return set;
    }

    private static PyList listOf(String numbers) {
        PyList list = new PyList();
        if (!numbers.isEmpty()) {
            for (String n : numbers.split(",")) {
                list.append(Ints.box(Long.parseLong(n)));
            }
        }
        return list;
    }

    private static String replay(String[] ops) {
        PySet set = new PySet();
        PyDict dict = new PyDict();
        PyList popped = new PyList();
        boolean dictMode = false;
        for (String op : ops) {
            char kind = op.charAt(0);
            String rest = op.substring(1);
            switch (kind) {
                case 'a' -> set.add(Ints.box(Long.parseLong(rest)));
                case 'd' -> set.discard(Ints.box(Long.parseLong(rest)));
                case 'p' -> popped.append(set.pop());
                case 'u' -> set.update(listOf(rest));
                case '|' -> set = (PySet) PyOps.or(set, setOf(rest));
                case '&' -> set = (PySet) PyOps.and(set, setOf(rest));
                case '-' -> set = (PySet) PyOps.sub(set, setOf(rest));
                case '^' -> set = (PySet) PyOps.xor(set, setOf(rest));
                case 'c' -> set = (PySet) PyOps.callMethod(set, "copy");
                case 'x' -> set.clear();
                case 'D' -> {
                    dictMode = true;
                    String[] kv = rest.split("=");
                    dict.put(Ints.box(Long.parseLong(kv[0])), Ints.box(Long.parseLong(kv[1])));
                }
                case 'R' -> {
                    dictMode = true;
                    dict.remove(Ints.box(Long.parseLong(rest)));
                }
                case 'P' -> {
                    dictMode = true;
                    popped.append(PyOps.callMethod(dict, "popitem"));
                }
                default -> throw new IllegalArgumentException(op);
            }
        }
        Object content = dictMode ? PyList.from(PyOps.callMethod(dict, "items")) : PyList.from(set);
        return Reprs.repr(PyTuple.of(content, popped));
    }
}
