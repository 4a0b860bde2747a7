package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exception chaining, tracebacks, notes and the machinery of {@code except*}, as CPython 3.11 behaves. */
class ExceptionsTest {

    private static PyExceptionGroup group(String message, PyException... errors) {
        return PyExceptionGroup.create(message, Arrays.asList(errors));
    }

    /*
     * try:
     *     try: raise ValueError('inner')
     *     except ValueError as e: raise RuntimeError('outer') from e
     * except RuntimeError as e: e.__cause__, e.__context__, e.__suppress_context__
     *   -> ValueError('inner') ValueError('inner') True
     */
    @Test
    void causeAndContext() {
        PyException inner = Errors.valueError("inner");
        PyException outer = Errors.runtimeError("outer");
        outer.setContext(inner);
        outer.setCause(inner);
        assertThat(Reprs.repr(Attrs.getattr(outer, "__cause__"))).isEqualTo("ValueError('inner')");
        assertThat(Reprs.repr(Attrs.getattr(outer, "__context__"))).isEqualTo("ValueError('inner')");
        assertThat(Attrs.getattr(outer, "__suppress_context__")).isEqualTo(true);
        Attrs.setattr(outer, "__cause__", Py.NONE);
        assertThat(outer.cause()).isNull();
        assertThat(Reprs.str(catchMessage(() -> Attrs.setattr(outer, "__cause__", 5L))))
                .isEqualTo("exception cause must be None or derive from BaseException");
    }

    @Test
    void contextCyclesAreBroken() {
        PyException a = Errors.valueError("a");
        PyException b = Errors.valueError("b");
        b.setContext(a);
        a.setContext(b);
        assertThat(a.context()).isSameAs(b);
        assertThat(b.context()).isNull();
        a.setContext(a);
        assertThat(a.context()).isSameAs(b);
    }

    @Test
    void tracebackFramesAndNoJavaStack() {
        PyException error = Errors.valueError("x");
        assertThat(error.getStackTrace()).isEmpty();
        assertThat(Attrs.getattr(error, "__traceback__")).isSameAs(Py.NONE);
        error.addTraceFrame(new TraceFrame("/tmp/a.py", 3, "inner"));
        error.addTraceFrame(new TraceFrame("/tmp/a.py", 9, "<module>"));
        assertThat(error.traceback()).extracting(TraceFrame::function).containsExactly("<module>", "inner");
        Object tb = Attrs.getattr(error, "__traceback__");
        assertThat(Attrs.getattr(tb, "tb_lineno")).isEqualTo(9L);
        assertThat(Attrs.getattr(Attrs.getattr(tb, "tb_next"), "tb_lineno")).isEqualTo(3L);
        PyOps.callMethod(error, "with_traceback", Py.NONE);
        assertThat(error.traceback()).isEmpty();
        assertThat(error.getMessage()).isEqualTo("ValueError: x");
    }

    /* e = ValueError('x'); e.add_note('note one'); e.add_note('two\nlines')
     * ''.join(traceback.format_exception_only(e)) -> 'ValueError: x\nnote one\ntwo\nlines\n' */
    @Test
    void notesFollowTheMessage() {
        PyException e = Errors.valueError("x");
        PyOps.callMethod(e, "add_note", "note one");
        PyOps.callMethod(e, "add_note", "two\nlines");
        assertThat(Exceptions.formatExceptionOnly(e)).isEqualTo("ValueError: x\nnote one\ntwo\nlines\n");
        assertThat(catchMessage(() -> PyOps.callMethod(e, "add_note", 5L)).str())
                .isEqualTo("note must be a str, not 'int'");
        assertThat(Exceptions.formatExceptionOnly(Errors.of(ExcTypes.KEYBOARD_INTERRUPT)))
                .isEqualTo("KeyboardInterrupt\n");
    }

    /* eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 3) -> eg (1 sub-exception) */
    @Test
    void splitWithAPredicateKeepsStructure() {
        PyExceptionGroup eg = group("eg", Errors.valueError("1"), Errors.valueError("3"), Errors.typeError("2"));
        BuiltinFunction predicate = new BuiltinFunction("pred", (args, kw) ->
                Py.isInstance(args[0], ExcTypes.VALUE_ERROR) && ((PyException) args[0]).args().get(0).equals("3"));
        Object sub = PyOps.callMethod(eg, "subgroup", predicate);
        assertThat(Reprs.str(sub)).isEqualTo("eg (1 sub-exception)");
        assertThat(Reprs.repr(sub)).isEqualTo("ExceptionGroup('eg', [ValueError('3')])");
        eg.addTraceFrame(new TraceFrame("f.py", 1, "<module>"));
        PyExceptionGroup.Split split = eg.split(PyExceptionGroup.matcher(ExcTypes.TYPE_ERROR), true);
        assertThat(split.match().traceback()).isEqualTo(eg.traceback());
        assertThat(Reprs.repr(split.rest())).isEqualTo("ExceptionGroup('eg', [ValueError('1'), ValueError('3')])");
    }

    /*
     * try:
     *     raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
     * except* ValueError as g: g   -> ExceptionGroup('eg', [ValueError(1)]); rest ExceptionGroup('eg', [TypeError(2)])
     * try: raise ValueError(1)
     * except* ValueError as g: g   -> ExceptionGroup('', (ValueError(1),))
     */
    @Test
    void exceptStarMatching() {
        PyExceptionGroup eg = group("eg", Errors.valueError("1"), Errors.typeError("2"));
        PyExceptionGroup.Split split = PyExceptionGroup.exceptStarMatch(eg, ExcTypes.VALUE_ERROR);
        assertThat(Reprs.repr(split.match())).isEqualTo("ExceptionGroup('eg', [ValueError('1')])");
        assertThat(Reprs.repr(split.rest())).isEqualTo("ExceptionGroup('eg', [TypeError('2')])");

        PyException naked = Errors.valueError("1");
        PyExceptionGroup.Split wrapped = PyExceptionGroup.exceptStarMatch(naked, ExcTypes.VALUE_ERROR);
        assertThat(Reprs.repr(wrapped.match())).isEqualTo("ExceptionGroup('', (ValueError('1'),))");
        assertThat(wrapped.rest()).isNull();
        PyExceptionGroup.Split missed = PyExceptionGroup.exceptStarMatch(naked, ExcTypes.TYPE_ERROR);
        assertThat(missed.match()).isNull();
        assertThat(missed.rest()).isSameAs(naked);
    }

    /*
     * try:
     *     raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
     * except* ValueError: raise RuntimeError('new')
     * except* TypeError: raise
     * -> ExceptionGroup('', [RuntimeError('new'), ExceptionGroup('eg', [TypeError(2), KeyError(3)])])
     */
    @Test
    void reraiseAfterExceptStar() {
        PyException value = Errors.valueError("1");
        PyException type = Errors.typeError("2");
        PyException key = Errors.keyError(3L);
        PyExceptionGroup eg = group("eg", value, type, key);
        PyExceptionGroup.Split first = PyExceptionGroup.exceptStarMatch(eg, ExcTypes.VALUE_ERROR);
        PyException raisedNew = Errors.runtimeError("new");
        raisedNew.setContext(first.match());
        PyExceptionGroup.Split second = PyExceptionGroup.exceptStarMatch(first.rest(), ExcTypes.TYPE_ERROR);
        PyException reraised = second.match();
        PyException result = PyExceptionGroup.prepReraiseStar(eg, Arrays.asList(raisedNew, reraised, second.rest()));
        assertThat(Reprs.repr(result)).isEqualTo(
                "ExceptionGroup('', [RuntimeError('new'), ExceptionGroup('eg', [TypeError('2'), KeyError(3)])])");
        assertThat(PyExceptionGroup.prepReraiseStar(eg, Arrays.asList(null, null))).isNull();
        // orig = ExceptionGroup('eg', [ValueError(1)]); except* ValueError: raise  -> a copy, not orig itself
        PyException copy = PyExceptionGroup.prepReraiseStar(eg, List.of(eg));
        assertThat(copy).isNotSameAs(eg);
        assertThat(Reprs.repr(copy)).isEqualTo(Reprs.repr(eg));
    }

    @Test
    void builtinHierarchy() {
        assertThat(ExcTypes.CANCELLED_ERROR.isSubtype(ExcTypes.EXCEPTION)).isFalse();
        assertThat(ExcTypes.TIMEOUT_ERROR.isSubtype(ExcTypes.OS_ERROR)).isTrue();
        assertThat(ExcTypes.RECURSION_ERROR.isSubtype(ExcTypes.RUNTIME_ERROR)).isTrue();
        assertThat(ExcTypes.EXCEPTION_GROUP.isSubtype(ExcTypes.EXCEPTION)).isTrue();
        assertThat(ExcTypes.QUEUE_EMPTY.tracebackName()).isEqualTo("asyncio.queues.QueueEmpty");
        assertThat(ExcTypes.builtins()).containsKeys("ValueError", "ExceptionGroup", "IOError", "TimeoutError")
                .doesNotContainKey("CancelledError");
    }

    private static PyException catchMessage(Runnable action) {
        try {
            action.run();
        } catch (PyException error) {
            return error;
        }
        throw new AssertionError("no exception");
    }
}
