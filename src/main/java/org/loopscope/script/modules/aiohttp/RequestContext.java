package org.loopscope.script.modules.aiohttp;

import java.util.Map;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/**
 * What {@code session.get(url)} returns, aiohttp's {@code _RequestContextManager}: a coroutine-like object that
 * {@code await} drives to the {@link Response} (it has {@code send}, {@code throw}, {@code close},
 * {@code __await__}), and an async context manager whose {@code __aenter__} gives the response and whose
 * {@code __aexit__} releases it. Also {@code aiohttp.request(...)}'s {@code _SessionRequestContextManager}, only a
 * context manager, which closes its own session on the way out.
 */
final class RequestContext extends PyObject implements Coroutine {

    static final PyType TYPE = Native.newType("_RequestContextManager", "aiohttp.client", null,
            RequestContext::methods);
    static final PyType SESSION_TYPE = Native.newType("_SessionRequestContextManager", "aiohttp.client", null,
            RequestContext::sessionMethods);

    private final Coroutine request;
    private final Session ownSession;
    private Response response;

    private RequestContext(Coroutine request, Session ownSession) {
        this.request = request;
        this.ownSession = ownSession;
    }

    static RequestContext of(Coroutine request) {
        return new RequestContext(request, null);
    }

    /** {@code aiohttp.request(...)}: the request on a session of its own, closed with the context. */
    static RequestContext ownSession(Coroutine request, Session session) {
        return new RequestContext(request, session);
    }

    @Override
    public PyType type() {
        return ownSession == null ? TYPE : SESSION_TYPE;
    }

    @Override
    public Resumption send(Object value) {
        return request.send(value);
    }

    @Override
    public Resumption throwInto(RuntimeException error) {
        return request.throwInto(error);
    }

    @Override
    public void close() {
        request.close();
    }

    @Override
    public String qualifiedName() {
        return request.qualifiedName();
    }

    @Override
    public String describe() {
        return request.describe();
    }

    private static RequestContext self(Object o) {
        return (RequestContext) o;
    }

    /** {@code __aenter__}: awaits the request; with its own session, closes it when the request fails. */
    private Object enter() {
        return Vm.coroutine(new StepCoroutine("_RequestContextManager.__aenter__") {
            private int step;
            private RuntimeException failure;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                switch (step++) {
                    case 0 -> {
                        if (error != null) {
                            throw error;
                        }
                        return await(request);
                    }
                    case 1 -> {
                        if (error == null) {
                            response = (Response) value;
                            return returnValue(response);
                        }
                        if (ownSession == null) {
                            throw error;
                        }
                        failure = error;
                        return await(Vm.asCoroutine(ownSession.close()));
                    }
                    default -> throw failure;
                }
            }
        });
    }

    /** {@code __aexit__}: releases the response (and closes the own session). */
    private Object exit() {
        if (response == null) {
            throw Errors.of(ExcTypes.ATTRIBUTE_ERROR, "_resp");
        }
        response.closed = true;
        if (ownSession == null) {
            return Response.ready("_RequestContextManager.__aexit__", () -> Py.NONE);
        }
        return ownSession.close();
    }

    private static void common(Map<String, Object> ns, String owner) {
        Native.method(ns, owner, "__aenter__", (s, a, k) -> self(s).enter());
        Native.method(ns, owner, "__aexit__", (s, a, k) -> self(s).exit());
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "_RequestContextManager";
        common(ns, owner);
        Native.method(ns, owner, "__await__", (s, a, k) -> Vm.coroutine(self(s)));
        Native.method(ns, owner, "close", (s, a, k) -> {
            self(s).close();
            return Py.NONE;
        });
    }

    private static void sessionMethods(Map<String, Object> ns) {
        common(ns, "_SessionRequestContextManager");
    }
}
