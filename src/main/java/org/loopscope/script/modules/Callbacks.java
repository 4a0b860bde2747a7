package org.loopscope.script.modules;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.Callback;
import org.loopscope.engine.DoneCallback;
import org.loopscope.engine.Future;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.LibraryFrames;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.ShortRepr;

/**
 * Python callables as the engine's callbacks, described as asyncio's {@code format_helpers} describes them in
 * handle and future reprs: {@code say('x') at /abs/file.py:2}, {@code print('q')}, {@code say('p', n=2)()}.
 */
final class Callbacks {

    private Callbacks() {
    }

    /** {@code call_soon(func, *args)}: runs {@code func(*args)} as a loop callback. */
    static Callback handle(Interpreter in, Object func, Object[] args) {
        return new Callback() {
            @Override
            public void run() {
                in.runCallback(() -> {
                    try {
                        PyOps.call(func, args.clone(), null);
                    } catch (PyException e) {
                        in.recordLibraryFrame(e, LibraryFrames.EVENTS_RUN);
                        throw e;
                    }
                });
            }

            @Override
            public String describe() {
                return source(func, args);
            }
        };
    }

    /** {@code add_done_callback(func)}: calls {@code func(future)}; equal to another for the same callable. */
    static DoneCallback done(Interpreter in, Object func) {
        return new PyDoneCallback(in, func);
    }

    private record PyDoneCallback(Interpreter in, Object func) implements DoneCallback {
        @Override
        public void done(Future future) {
            in.runCallback(() -> {
                try {
                    PyOps.call(func, future);
                } catch (PyException e) {
                    in.recordLibraryFrame(e, LibraryFrames.EVENTS_RUN);
                    throw e;
                }
            });
        }

        @Override
        public String describe() {
            return source(func, new Object[0]);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PyDoneCallback o && (o.func == func || PyOps.eqBool(o.func, func));
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** {@code _format_callback_source(func, args)}. */
    static String source(Object func, Object[] args) {
        String text = format(func, args, null, "");
        Object target = func;
        while (isPartial(target)) {
            target = Attrs.getattrOrNull(target, "func");
        }
        String where = Vm.functionSource(target);
        return where == null ? text : text + " at " + where;
    }

    private static boolean isPartial(Object value) {
        return value != null && Py.type(value).name().equals("partial") && Attrs.getattrOrNull(value, "func") != null;
    }

    /** {@code _format_callback(func, args, kwargs, suffix)}. */
    private static String format(Object func, Object[] args, PyDict kwargs, String suffix) {
        if (isPartial(func)) {
            String inner = argsAndKwargs(args, kwargs) + suffix;
            PyTuple pargs = (PyTuple) Attrs.getattr(func, "args");
            Object keywords = Attrs.getattr(func, "keywords");
            return format(Attrs.getattr(func, "func"), pargs.items(), keywords instanceof PyDict d ? d : null, inner);
        }
        Object qualname = Attrs.getattrOrNull(func, "__qualname__");
        String repr;
        if (qualname instanceof String q && !q.isEmpty()) {
            repr = q;
        } else if (Attrs.getattrOrNull(func, "__name__") instanceof String n && !n.isEmpty()) {
            repr = n;
        } else {
            repr = PyOps.repr(func);
        }
        return repr + argsAndKwargs(args, kwargs) + suffix;
    }

    private static String argsAndKwargs(Object[] args, PyDict kwargs) {
        List<String> items = new ArrayList<>();
        for (Object a : args) {
            items.add(ShortRepr.repr(a));
        }
        if (kwargs != null) {
            for (int e = kwargs.next(0); e >= 0; e = kwargs.next(e + 1)) {
                items.add(kwargs.keyAt(e) + "=" + ShortRepr.repr(kwargs.valueAt(e)));
            }
        }
        return "(" + String.join(", ", items) + ")";
    }
}
