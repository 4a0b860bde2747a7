package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output, limits, mutation during iteration, identity and determinism of a run. Expected values: CPython 3.11. */
class RuntimeBehaviourTest {

    private static String error(Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            return e.type().name() + ": " + e.str();
        }
        throw new AssertionError("no exception");
    }

    /* print(1, 'a', sep='-', end='!\n'); print(file=sys.stderr) */
    @Test
    void printWritesToTheRunsOutput() {
        List<String> out = new ArrayList<>();
        RunContext context = new RunContext((stream, text) -> out.add(stream + ":" + text));
        PyModule builtins = Builtins.module(context);
        Object print = builtins.dict().getStr("print");
        PyOps.call(print, new Object[] {1L, "a", "-", "!\n"}, new String[] {"sep", "end"});
        PyOps.call(print, new Object[] {context.stderr()}, new String[] {"file"});
        PyOps.call(print, new Object[] {PyList.of("x"), Py.NONE, 2.5}, PyCallable.NO_KWNAMES);
        assertThat(out).containsExactly("STDOUT:1-a!\n", "STDERR:\n", "STDOUT:['x'] None 2.5\n");
        assertThat(Reprs.repr(context.stdout())).isEqualTo("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
        assertThat(PyOps.callMethod(context.stdout(), "write", "hi")).isEqualTo(2L);
        assertThat(out).endsWith("STDOUT:hi");
    }

    @Test
    void sizesBeyondTheLimitsAreMemoryErrors() {
        assertThat(error(() -> PyOps.mul("x", 10_000_000_000L))).isEqualTo("MemoryError: ");
        assertThat(error(() -> PyOps.mul(PyList.of(0L), 10_000_000_000L))).isEqualTo("MemoryError: ");
        assertThat(error(() -> PyOps.mul(PyTuple.of(0L, 1L), 100_000_000L))).isEqualTo("MemoryError: ");
        assertThat(error(() -> PyOps.pow(10L, PyOps.pow(10L, 8L)))).isEqualTo("MemoryError: ");
        assertThat(error(() -> PyOps.lshift(1L, 10_000_000_000L))).isEqualTo("MemoryError: ");
        assertThat(error(() -> PyOps.mul(PyOps.pow(2L, 50_000_000L), PyOps.pow(2L, 50_000_000L))))
                .isEqualTo("MemoryError: ");
        assertThat(error(() -> PyList.from(new PyRange(0, 1_000_000_000L, 1)))).isEqualTo("MemoryError: ");
        assertThat(error(() -> Formatter.format("x", ">200000000"))).isEqualTo("MemoryError: ");
        assertThat(PyOps.pow(-1L, PyOps.pow(10L, 30L))).isEqualTo(1L);
        assertThat(PyOps.mul("", 10_000_000_000L)).isEqualTo("");
    }

    /*
     * d = {1: 2, 3: 4}; for k in d: d[k + 10] = 1     -> RuntimeError: dictionary changed size during iteration
     * s = {1, 2}; for k in s: s.add(k + 10)           -> RuntimeError: Set changed size during iteration
     * l = [3, 1, 2]; l.sort(key=lambda x: (l.append(x), x)[1])  -> ValueError: list modified during sort; l == [1, 2, 3]
     * l = [1, 2, 3]; for x in l: append while iterating -> [1, 2, 3, 11, 12, 13]
     */
    @Test
    void mutationDuringIteration() {
        PyDict dict = new PyDict();
        dict.put(1L, 2L);
        dict.put(3L, 4L);
        assertThat(error(() -> {
            Object it = PyOps.iter(dict);
            for (Object k = PyOps.next(it); k != PyIterator.STOP; k = PyOps.next(it)) {
                dict.put(PyOps.add(k, 10L), 1L);
            }
        })).isEqualTo("RuntimeError: dictionary changed size during iteration");
        PySet set = new PySet();
        set.add(1L);
        set.add(2L);
        assertThat(error(() -> {
            Object it = PyOps.iter(set);
            for (Object k = PyOps.next(it); k != PyIterator.STOP; k = PyOps.next(it)) {
                set.add(PyOps.add(k, 10L));
            }
        })).isEqualTo("RuntimeError: Set changed size during iteration");
        PyList list = PyList.of(3L, 1L, 2L);
        BuiltinFunction key = new BuiltinFunction("key", (args, kw) -> {
            list.append(args[0]);
            return args[0];
        });
        assertThat(error(() -> Sorting.sort(list, key, false))).isEqualTo("ValueError: list modified during sort");
        assertThat(Reprs.repr(list)).isEqualTo("[1, 2, 3]");
        PyList growing = PyList.of(1L, 2L, 3L);
        Object it = PyOps.iter(growing);
        for (Object x = PyOps.next(it); x != PyIterator.STOP; x = PyOps.next(it)) {
            if (PyOps.compareBool(x, 5L, CmpOp.LT)) {
                growing.append(PyOps.add(x, 10L));
            }
        }
        assertThat(Reprs.repr(growing)).isEqualTo("[1, 2, 3, 11, 12, 13]");
    }

    @Test
    void idsAndDefaultHashesAreTheSameOnEveryReplay() {
        List<String> first = replay();
        List<String> second = replay();
        assertThat(first).isEqualTo(second);
        assertThat(first.get(0)).isNotEqualTo(first.get(1));
    }

    private static List<String> replay() {
        RunContext context = new RunContext(Output.discard());
        RunContext.Scope scope = context.enter();
        try {
            PyType plain = PyType.create("Plain", new PyType[0], java.util.Map.of("__module__", "__main__"));
            Object a = PyOps.call(plain);
            Object b = PyOps.call(plain);
            PySet set = new PySet();
            set.add(a);
            set.add(b);
            set.add(Errors.valueError("x"));
            return List.of(Reprs.repr(a), Reprs.repr(b), Long.toString(Identity.id(a)), Long.toString(PyOps.hash(b)),
                    Reprs.repr(set));
        } finally {
            scope.close();
        }
    }

    @Test
    void identityOfSmallIntsBoolsAndNone() {
        assertThat(PyOps.is(PyOps.add(2L, 3L), 5L)).isTrue();
        assertThat(PyOps.is(PyOps.add(1000L, 1000L), 2000L)).isFalse();
        assertThat(PyOps.is(PyOps.eq(1L, 1L), Boolean.TRUE)).isTrue();
        assertThat(Identity.id(5L)).isEqualTo(Identity.id(PyOps.add(2L, 3L)));
        assertThat(Py.nn(null)).isSameAs(Py.NONE);
        assertThat(Py.type(null)).isSameAs(Types.NONE_TYPE);
    }

    @Test
    void intArithmeticIsFastEnoughForTheBenchmarks() {
        long start = System.nanoTime();
        Object total = 0L;
        for (long i = 0; i < 100_000; i++) {
            total = PyOps.add(total, Ints.box(i));
        }
        assertThat(total).isEqualTo(4_999_950_000L);
        assertThat(fib(22L)).isEqualTo(17711L);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    private static Object fib(Object n) {
        if (PyOps.compareBool(n, 2L, CmpOp.LT)) {
            return n;
        }
        return PyOps.add(fib(PyOps.sub(n, 1L)), fib(PyOps.sub(n, 2L)));
    }
}
