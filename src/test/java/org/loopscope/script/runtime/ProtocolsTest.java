package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The protocol helpers for {@code with}/{@code async with}/{@code async for}/{@code await}. Messages from CPython
 * 3.11, for example {@code async with 5: pass} -> 'int' object does not support the asynchronous context manager
 * protocol; {@code class C: def __enter__(self): return 1} then {@code with C(): pass} -> 'C' object does not
 * support the context manager protocol (missed __exit__ method).
 */
class ProtocolsTest {

    private static String error(Runnable action) {
        try {
            action.run();
        } catch (PyException e) {
            return e.str();
        }
        throw new AssertionError("no exception");
    }

    @Test
    void messagesForObjectsWithoutTheProtocol() {
        assertThat(error(() -> Protocols.awaitIterator(5L))).isEqualTo("object int can't be used in 'await' expression");
        assertThat(error(() -> Protocols.asyncContextManager(5L)))
                .isEqualTo("'int' object does not support the asynchronous context manager protocol");
        assertThat(error(() -> Protocols.asyncIterator(5L)))
                .isEqualTo("'async for' requires an object with __aiter__ method, got int");
        assertThat(error(() -> Protocols.contextManager(5L)))
                .isEqualTo("'int' object does not support the context manager protocol");
        PyType c = new JavaFunction.ClassBuilder("C").def("__enter__", a -> 1L).build();
        assertThat(error(() -> Protocols.contextManager(PyOps.call(c))))
                .isEqualTo("'C' object does not support the context manager protocol (missed __exit__ method)");
        PyType a = new JavaFunction.ClassBuilder("A").def("__aiter__", x -> 5L).build();
        assertThat(error(() -> Protocols.asyncIterator(PyOps.call(a))))
                .isEqualTo("'async for' received an object from __aiter__ that does not implement __anext__: int");
        PyType b = new JavaFunction.ClassBuilder("B").def("__await__", x -> 5L).build();
        assertThat(error(() -> Protocols.awaitIterator(PyOps.call(b))))
                .isEqualTo("__await__() returned non-iterator of type 'int'");
        PyType e = new JavaFunction.ClassBuilder("E").def("__aiter__", x -> x[0]).def("__anext__", x -> 5L).build();
        assertThat(error(() -> Protocols.asyncNext(Protocols.asyncIterator(PyOps.call(e)))))
                .isEqualTo("'async for' received an invalid object from __anext__: int");
    }

    @Test
    void contextManagerMethodsAreBound() {
        PyType cm = new JavaFunction.ClassBuilder("CM").def("__enter__", a -> "entered")
                .def("__exit__", a -> Reprs.repr(PyTuple.of(a[1], a[2], a[3]))).build();
        Protocols.ContextManager manager = Protocols.contextManager(PyOps.call(cm));
        assertThat(PyOps.call(manager.enter())).isEqualTo("entered");
        assertThat(PyOps.call(manager.exit(), Py.NONE, Py.NONE, Py.NONE)).isEqualTo("(None, None, None)");
        assertThat(Protocols.isAwaitable(5L)).isFalse();
    }
}
