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
 * {@code await} drives to the {@link Response} (it has {@code __await__} and {@code close}), and an async context
 * manager whose {@code __aenter__} gives the response and whose {@code __aexit__} releases it. Also
 * {@code aiohttp.request(...)}'s {@code _SessionRequestContextManager} ({@link OwnSession}), only a context
 * manager, which closes its own session on the way out.
 */
final class RequestContext extends PyObject implements Coroutine {

    static final PyType TYPE = Native.newType("_RequestContextManager", "aiohttp.client", null,
            RequestContext::methods);

    private final Coroutine request;
    private Response response;

    RequestContext(Coroutine request) {
        this.request = request;
    }

    static RequestContext of(Coroutine request) {
        return new RequestContext(request);
    }

    @Override
    public PyType type() {
        return TYPE;
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

    /** {@code __aenter__}: awaits the request; with {@code own}, closes that session when the request fails. */
    static Object enter(Coroutine request, Session own, java.util.function.Consumer<Response> keep) {
        return Vm.coroutine(new StepCoroutine("_BaseRequestContextManager.__aenter__") {
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
                            keep.accept((Response) value);
                            return returnValue(value);
                        }
                        if (own == null) {
                            throw error;
                        }
                        failure = error;
                        return await(Vm.asCoroutine(own.close()));
                    }
                    default -> throw failure;
                }
            }
        });
    }

    private static Response entered(Response response) {
        if (response == null) {
            throw Errors.of(ExcTypes.ATTRIBUTE_ERROR, "_resp");
        }
        response.closed = true;
        return response;
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "_RequestContextManager";
        Native.method(ns, owner, "__aenter__", (s, a, k) -> {
            RequestContext self = (RequestContext) s;
            return enter(self.request, null, r -> self.response = r);
        });
        Native.method(ns, owner, "__aexit__", (s, a, k) -> {
            entered(((RequestContext) s).response);
            return Response.ready("_RequestContextManager.__aexit__", () -> Py.NONE);
        });
        Native.method(ns, owner, "__await__", (s, a, k) -> Vm.coroutine((RequestContext) s));
        Native.method(ns, owner, "close", (s, a, k) -> {
            ((RequestContext) s).close();
            return Py.NONE;
        });
    }

    /** {@code aiohttp.request(...)}: the request on a session of its own, closed when the context ends. */
    static final class OwnSession extends PyObject {
        static final PyType SESSION_TYPE = Native.newType("_SessionRequestContextManager", "aiohttp.client", null,
                ns -> {
                    Native.method(ns, "_SessionRequestContextManager", "__aenter__", (s, a, k) -> {
                        OwnSession self = (OwnSession) s;
                        return enter(self.request, self.session, r -> self.response = r);
                    });
                    Native.method(ns, "_SessionRequestContextManager", "__aexit__", (s, a, k) -> {
                        OwnSession self = (OwnSession) s;
                        entered(self.response);
                        return self.session.close();
                    });
                });

        private final Coroutine request;
        private final Session session;
        private Response response;

        OwnSession(Coroutine request, Session session) {
            this.request = request;
            this.session = session;
        }

        @Override
        public PyType type() {
            return SESSION_TYPE;
        }
    }
}
