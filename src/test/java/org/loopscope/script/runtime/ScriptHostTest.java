package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.loopscope.engine.Clock;
import org.loopscope.engine.Engine;
import org.loopscope.engine.ErrorType;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.junit.jupiter.api.Test;

/**
 * The engine running with Python values and exceptions. Expected reprs come from CPython 3.11:
 *
 * <pre>
 * async def main():
 *     loop = asyncio.get_running_loop()
 *     f = loop.create_future(); print(repr(f))              # &lt;Future pending&gt;
 *     f.set_result(list(range(10))); print(repr(f))        # &lt;Future finished result=[0, 1, 2, 3, 4, 5, ...]&gt;
 *     g = ...; g.set_result('x' * 50)                      # &lt;Future finished result='xxxxxxxxxxxx...xxxxxxxxxxxxx'&gt;
 *     h = ...; h.set_exception(ValueError('bad'))          # &lt;Future finished exception=ValueError('bad')&gt;
 *     k = ...; k.cancel('why'); k.result()                 # CancelledError('why'), module asyncio.exceptions
 *     loop.create_future().result()                        # InvalidStateError('Result is not set.')
 *     m = ...; m.set_result({'b': 1, 'a': 2, 'c': 3, 'd': 4, 'e': 5})
 *                                          # &lt;Future finished result={'a': 2, 'b': 1, 'c': 3, 'd': 4, ...}&gt;
 * </pre>
 */
class ScriptHostTest {

    private final ScriptHost host = new ScriptHost();
    private final Engine engine = new Engine(host, Clock.virtual());
    private final EventLoop loop = engine.newEventLoop();

    @Test
    void futureReprsUseReprlib() {
        Future f = loop.createFuture();
        assertThat(f.toString()).isEqualTo("<Future pending>");
        f.setResult(PyList.from(new PyRange(0, 10, 1)));
        assertThat(f.toString()).isEqualTo("<Future finished result=[0, 1, 2, 3, 4, 5, ...]>");
        Future g = loop.createFuture();
        g.setResult("x".repeat(50));
        assertThat(g.toString()).isEqualTo("<Future finished result='xxxxxxxxxxxx...xxxxxxxxxxxxx'>");
        Future h = loop.createFuture();
        h.setException(Errors.valueError("bad"));
        assertThat(h.toString()).isEqualTo("<Future finished exception=ValueError('bad')>");
        h.exception();
        Future m = loop.createFuture();
        PyDict dict = new PyDict();
        dict.put("b", 1L);
        dict.put("a", 2L);
        dict.put("c", 3L);
        dict.put("d", 4L);
        dict.put("e", 5L);
        m.setResult(dict);
        assertThat(m.toString()).isEqualTo("<Future finished result={'a': 2, 'b': 1, 'c': 3, 'd': 4, ...}>");
        assertThat(host.repr(PyList.of(f))).isEqualTo("[<Future finished result=[0, 1, 2, 3, 4, 5, ...]>]");
        assertThat(Py.type(f)).isSameAs(Types.FUTURE);
        assertThat(Reprs.repr(Types.FUTURE)).isEqualTo("<class '_asyncio.Future'>");
    }

    @Test
    void engineErrorsArePythonExceptions() {
        Future k = loop.createFuture();
        k.cancel("why");
        Throwable cancelled = catchThrowable(k::result);
        assertThat(cancelled).isInstanceOf(PyException.class);
        PyException error = (PyException) cancelled;
        assertThat(Reprs.repr(error)).isEqualTo("CancelledError('why')");
        assertThat(error.str()).isEqualTo("why");
        assertThat(error.type().module()).isEqualTo("asyncio.exceptions");
        assertThat(Exceptions.formatExceptionOnly(error)).isEqualTo("asyncio.exceptions.CancelledError: why\n");
        assertThat(host.isCancelled(error)).isTrue();
        assertThat(host.isInstance(error, ErrorType.EXCEPTION)).isFalse();
        assertThat(host.isInstance(error, ErrorType.BASE_EXCEPTION)).isTrue();

        Throwable pending = catchThrowable(() -> loop.createFuture().result());
        assertThat(Reprs.repr(pending)).isEqualTo("InvalidStateError('Result is not set.')");
        assertThat(host.isInstance(pending, ErrorType.EXCEPTION)).isTrue();
    }

    @Test
    void everyErrorTypeMapsToItsClass() {
        for (ErrorType type : ErrorType.values()) {
            RuntimeException error = host.newError(type, "m");
            assertThat(((PyException) error).type().name()).isEqualTo(type.pythonName());
            assertThat(host.isInstance(error, type)).isTrue();
            assertThat(host.isInstance(error, ErrorType.BASE_EXCEPTION)).isTrue();
        }
        assertThat(host.isInstance(host.newError(ErrorType.TIMEOUT_ERROR), ErrorType.EXCEPTION)).isTrue();
        assertThat(Reprs.repr(Attrs.getattr(host.newError(ErrorType.TIMEOUT_ERROR), "__class__")))
                .isEqualTo("<class 'TimeoutError'>");
        assertThat(host.isExitSignal(host.newError(ErrorType.KEYBOARD_INTERRUPT))).isTrue();
        assertThat(host.isExitSignal(host.newError(ErrorType.RUNTIME_ERROR))).isFalse();
        assertThat(Reprs.repr(host.newError(ErrorType.CANCELLED_ERROR, (Object) null))).isEqualTo("CancelledError(None)");
    }

    @Test
    void exceptionGroupsCauseAndContext() {
        RuntimeException group = host.newExceptionGroup("unhandled errors in a TaskGroup",
                List.of(host.newError(ErrorType.VALUE_ERROR, "a"), host.newError(ErrorType.TYPE_ERROR, "b")));
        assertThat(Reprs.repr(group))
                .isEqualTo("ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('a'), TypeError('b')])");
        assertThat(Reprs.str(group)).isEqualTo("unhandled errors in a TaskGroup (2 sub-exceptions)");
        RuntimeException baseGroup = host.newExceptionGroup("x", List.of(host.newError(ErrorType.CANCELLED_ERROR)));
        assertThat(((PyException) baseGroup).type()).isSameAs(ExcTypes.BASE_EXCEPTION_GROUP);

        PyException error = (PyException) host.newError(ErrorType.RUNTIME_ERROR, "outer");
        PyException cause = (PyException) host.newError(ErrorType.VALUE_ERROR, "inner");
        host.setCause(error, cause);
        assertThat(error.cause()).isSameAs(cause);
        assertThat(error.suppressContext()).isTrue();
        host.setContext(error, cause);
        assertThat(Attrs.getattr(error, "__context__")).isSameAs(cause);
    }

    @Test
    void javaFailuresBecomePythonErrors() {
        assertThat(Reprs.repr(host.adopt(new StackOverflowError())))
                .isEqualTo("RecursionError('maximum recursion depth exceeded')");
        assertThat(Reprs.repr(host.adopt(new OutOfMemoryError()))).isEqualTo("MemoryError()");
        assertThat(((PyException) host.adopt(new IllegalStateException("x"))).type()).isSameAs(ExcTypes.SYSTEM_ERROR);
        PyException same = Errors.valueError("v");
        assertThat(host.adopt(same)).isSameAs(same);
    }

    /* await asyncio.gather(...) results print as a list: <_GatheringFuture finished result=[1, None]> */
    @Test
    void javaListsFromTheEnginePrintAsLists() {
        assertThat(host.repr(java.util.Arrays.asList(1L, null, "a"))).isEqualTo("[1, None, 'a']");
        assertThat(host.shortRepr(java.util.Arrays.asList(1L, 2L, 3L, 4L, 5L, 6L, 7L)))
                .isEqualTo("[1, 2, 3, 4, 5, 6, ...]");
        assertThat(Reprs.repr(Py.fromJava(java.util.List.of(java.util.List.of(1))))).isEqualTo("[[1]]");
    }

    @Test
    void shortReprOfEngineAndUserValues() {
        assertThat(host.shortRepr(null)).isEqualTo("None");
        assertThat(host.repr(null)).isEqualTo("None");
        assertThat(host.shortRepr(PyTuple.of(1L))).isEqualTo("(1,)");
        assertThat(host.shortRepr(loop.createFuture())).isEqualTo("<Future pending>");
    }
}
