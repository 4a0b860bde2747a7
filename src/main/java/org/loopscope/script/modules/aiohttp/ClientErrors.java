package org.loopscope.script.modules.aiohttp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loopscope.script.interp.Native;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * aiohttp's exception classes ({@code aiohttp.client_exceptions}), with its hierarchy, its messages and reprs:
 * {@code ClientResponseError} prints as {@code 404, message='Not Found', url=URL('http://...')},
 * {@code ClientConnectorError} as {@code Cannot connect to host example.invalid:80 ssl:default [...]},
 * {@code ServerTimeoutError} is also a {@code TimeoutError}, {@code InvalidURL} also a {@code ValueError}.
 */
final class ClientErrors {

    private static final String MODULE = "aiohttp.client_exceptions";
    private static final Signature RESPONSE_ERROR = Signature.of(
            "ClientResponseError(request_info, history, *, code=None, status=None, message=, headers=None)");
    private static final Signature CONNECTOR_ERROR = Signature.of("ClientConnectorError(connection_key, os_error)");
    private static final Signature DISCONNECTED = Signature.of("ServerDisconnectedError(message=None)");
    private static final Signature INVALID_URL = Signature.of("InvalidURL(url)");

    static final PyType CLIENT_ERROR = type("ClientError", ExcTypes.EXCEPTION);
    static final PyType RESPONSE_ERROR_TYPE = type("ClientResponseError", ns -> {
        Native.method(ns, "ClientResponseError", "__init__", (s, a, k) -> {
            Object[] v = RESPONSE_ERROR.bind(a, k);
            Object status = v[3] != null && !Py.isNone(v[3]) ? v[3] : v[2] != null && !Py.isNone(v[2]) ? v[2]
                    : Py.integer(0);
            PyOps.setattr(s, "request_info", v[0]);
            PyOps.setattr(s, "status", status);
            PyOps.setattr(s, "message", v[4] == null ? "" : v[4]);
            PyOps.setattr(s, "headers", v[5] == null ? Py.NONE : v[5]);
            PyOps.setattr(s, "history", v[1]);
            ((PyException) s).setArgs(PyTuple.of(v[0], v[1]));
            return Py.NONE;
        });
        Native.method(ns, "ClientResponseError", "__str__", (s, a, k) ->
                PyOps.str(PyOps.getattr(s, "status")) + ", message=" + PyOps.repr(PyOps.getattr(s, "message"))
                        + ", url=" + PyOps.repr(PyOps.getattr(PyOps.getattr(s, "request_info"), "real_url")));
        Native.method(ns, "ClientResponseError", "__repr__", (s, a, k) -> {
            StringBuilder out = new StringBuilder(Py.type(s).name()).append('(')
                    .append(PyOps.repr(PyOps.getattr(s, "request_info"))).append(", ")
                    .append(PyOps.repr(PyOps.getattr(s, "history")));
            Object status = PyOps.getattr(s, "status");
            if (!PyOps.eqBool(status, 0L)) {
                out.append(", status=").append(PyOps.repr(status));
            }
            Object message = PyOps.getattr(s, "message");
            if (!PyOps.eqBool(message, "")) {
                out.append(", message=").append(PyOps.repr(message));
            }
            Object headers = PyOps.getattr(s, "headers");
            if (!Py.isNone(headers)) {
                out.append(", headers=").append(PyOps.repr(headers));
            }
            return out.append(')').toString();
        });
    }, CLIENT_ERROR);
    static final PyType CONTENT_TYPE_ERROR = type("ContentTypeError", RESPONSE_ERROR_TYPE);
    static final PyType WS_HANDSHAKE_ERROR = type("WSServerHandshakeError", RESPONSE_ERROR_TYPE);
    static final PyType HTTP_PROXY_ERROR = type("ClientHttpProxyError", RESPONSE_ERROR_TYPE);
    static final PyType TOO_MANY_REDIRECTS = type("TooManyRedirects", RESPONSE_ERROR_TYPE);
    static final PyType CONNECTION_ERROR = type("ClientConnectionError", CLIENT_ERROR);
    static final PyType OS_ERROR = type("ClientOSError", CONNECTION_ERROR, ExcTypes.OS_ERROR);
    static final PyType CONNECTOR_ERROR_TYPE = type("ClientConnectorError", ns -> {
        Native.method(ns, "ClientConnectorError", "__init__", (s, a, k) -> {
            Object[] v = CONNECTOR_ERROR.bind(a, k);
            PyException self = (PyException) s;
            PyOps.setattr(s, "_conn_key", v[0]);
            PyOps.setattr(s, "_os_error", v[1]);
            PyOps.setattr(s, "errno", PyOps.getattr(v[1], "errno"));
            PyOps.setattr(s, "strerror", PyOps.getattr(v[1], "strerror"));
            self.setArgs(PyTuple.of(v[0], v[1]));
            return Py.NONE;
        });
        Native.attribute(ns, "ClientConnectorError", "os_error", s -> PyOps.getattr(s, "_os_error"), null);
        Native.attribute(ns, "ClientConnectorError", "host", s -> PyOps.getattr(PyOps.getattr(s, "_conn_key"),
                "host"), null);
        Native.attribute(ns, "ClientConnectorError", "port", s -> PyOps.getattr(PyOps.getattr(s, "_conn_key"),
                "port"), null);
        Native.attribute(ns, "ClientConnectorError", "ssl", s -> PyOps.getattr(PyOps.getattr(s, "_conn_key"),
                "ssl"), null);
        Native.method(ns, "ClientConnectorError", "__str__", (s, a, k) -> {
            Object ssl = PyOps.getattr(s, "ssl");
            return "Cannot connect to host " + PyOps.str(PyOps.getattr(s, "host")) + ":"
                    + PyOps.str(PyOps.getattr(s, "port")) + " ssl:"
                    + (Boolean.TRUE.equals(ssl) ? "default" : PyOps.str(ssl)) + " ["
                    + PyOps.str(PyOps.getattr(s, "strerror")) + "]";
        });
    }, OS_ERROR);
    static final PyType PROXY_CONNECTION_ERROR = type("ClientProxyConnectionError", CONNECTOR_ERROR_TYPE);
    static final PyType SSL_ERROR = type("ClientSSLError", CONNECTOR_ERROR_TYPE);
    static final PyType SERVER_CONNECTION_ERROR = type("ServerConnectionError", CONNECTION_ERROR);
    static final PyType SERVER_DISCONNECTED = type("ServerDisconnectedError", ns -> {
        Native.method(ns, "ServerDisconnectedError", "__init__", (s, a, k) -> {
            Object message = DISCONNECTED.bind(a, k)[0];
            if (message == null || Py.isNone(message)) {
                message = "Server disconnected";
            }
            ((PyException) s).setArgs(PyTuple.of(message));
            PyOps.setattr(s, "message", message);
            return Py.NONE;
        });
    }, SERVER_CONNECTION_ERROR);
    static final PyType SERVER_TIMEOUT = type("ServerTimeoutError", SERVER_CONNECTION_ERROR, ExcTypes.TIMEOUT_ERROR);
    static final PyType FINGERPRINT_MISMATCH = type("ServerFingerprintMismatch", SERVER_CONNECTION_ERROR);
    static final PyType PAYLOAD_ERROR = type("ClientPayloadError", CLIENT_ERROR);
    static final PyType INVALID_URL_TYPE = type("InvalidURL", ns -> {
        Native.method(ns, "InvalidURL", "__init__", (s, a, k) -> {
            ((PyException) s).setArgs(PyTuple.of(INVALID_URL.bind(a, k)[0]));
            return Py.NONE;
        });
        Native.attribute(ns, "InvalidURL", "url", s -> ((PyException) s).firstArg(), null);
        Native.method(ns, "InvalidURL", "__repr__", (s, a, k) ->
                "<" + Py.type(s).name() + " " + PyOps.str(((PyException) s).firstArg()) + ">");
    }, CLIENT_ERROR, ExcTypes.VALUE_ERROR);

    /** {@code socket.gaierror}: what the resolver raises for a host that does not exist. */
    static final PyType GAI_ERROR = socketError();

    private ClientErrors() {
    }

    /** Every class by its name, for the module's namespace. */
    static Map<String, PyType> all() {
        Map<String, PyType> all = new LinkedHashMap<>();
        for (PyType t : new PyType[] {CLIENT_ERROR, RESPONSE_ERROR_TYPE, CONTENT_TYPE_ERROR, WS_HANDSHAKE_ERROR,
                HTTP_PROXY_ERROR, TOO_MANY_REDIRECTS, CONNECTION_ERROR, OS_ERROR, CONNECTOR_ERROR_TYPE,
                PROXY_CONNECTION_ERROR, SSL_ERROR, SERVER_CONNECTION_ERROR, SERVER_DISCONNECTED, SERVER_TIMEOUT,
                FINGERPRINT_MISMATCH, PAYLOAD_ERROR, INVALID_URL_TYPE}) {
            all.put(t.name(), t);
        }
        return all;
    }

    private static PyType socketError() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "socket");
        ns.put("__qualname__", "gaierror");
        return PyType.create("gaierror", new PyType[] {ExcTypes.OS_ERROR}, ns);
    }

    private static PyType type(String name, PyType... bases) {
        return type(name, ns -> { }, bases);
    }

    private static PyType type(String name, java.util.function.Consumer<Map<String, Object>> body,
                               PyType... bases) {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", MODULE);
        ns.put("__qualname__", name);
        body.accept(ns);
        return PyType.create(name, bases, ns);
    }

    /** A new exception of class {@code type} called with {@code args} (its own __init__ runs). */
    static PyException make(PyType type, Object... args) {
        return (PyException) type.call(args, null);
    }

    /**
     * {@code ClientResponseError(request_info, (), status=status, message=message, headers=headers)} or a
     * subclass; a null status is left out (it is then 0).
     */
    static PyException responseError(PyType type, Object requestInfo, Object status, String message,
                                     Object headers) {
        if (status == null) {
            return (PyException) type.call(new Object[] {requestInfo, PyTuple.EMPTY, message, headers},
                    new String[] {"message", "headers"});
        }
        return (PyException) type.call(new Object[] {requestInfo, PyTuple.EMPTY, status, message, headers},
                new String[] {"status", "message", "headers"});
    }
}
