package org.loopscope.script.modules.aiohttp;

import java.util.Map;
import java.util.regex.Pattern;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * {@code aiohttp.ClientResponse}: {@code status}, {@code reason}, {@code ok}, {@code method}, {@code url},
 * {@code real_url}, {@code host}, {@code headers}, {@code content_type}, {@code charset}, {@code content_length},
 * {@code history}, {@code request_info}, {@code closed}; {@code await text()}, {@code await json()},
 * {@code raise_for_status()}, {@code release()}, {@code close()}, {@code get_encoding()}; an async context
 * manager; its repr is aiohttp's two lines. The whole body arrives with the headers (the simulated answers are
 * small), so the connection is back in the pool as soon as the response is, and reading takes no time.
 */
final class Response extends PyObject {

    static final PyType TYPE = Native.newType("ClientResponse", "aiohttp.client_reqrep", null, Response::methods);

    private static final Signature TEXT = Signature.of("text(encoding=None, errors=strict)");
    private static final Signature JSON = Signature.of("json(*, encoding=None, loads=None, content_type=)");
    private static final Pattern JSON_TYPE = Pattern.compile("^application/(?:[\\w.+-]+?\\+)?json");

    final String method;
    final Url url;
    final int status;
    final String reason;
    final Headers headers;
    final String body;
    final RequestInfo requestInfo;
    boolean closed = true;

    Response(String method, Url url, HttpBin.Answer answer, RequestInfo requestInfo) {
        this.method = method;
        this.url = url;
        this.status = answer.status();
        this.reason = answer.reason();
        this.headers = new Headers(answer.headers());
        this.body = answer.body();
        this.requestInfo = requestInfo;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<ClientResponse(" + url.withoutFragment().text + ") [" + status + " " + reason + "]>\n" + headers
                + "\n";
    }

    String contentType() {
        String raw = headers.first("Content-Type");
        if (raw == null) {
            return "application/octet-stream";
        }
        int semi = raw.indexOf(';');
        return (semi < 0 ? raw : raw.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    Object charset() {
        String raw = headers.first("Content-Type");
        if (raw != null) {
            for (String part : raw.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(java.util.Locale.ROOT).startsWith("charset=")) {
                    return p.substring(8);
                }
            }
        }
        return Py.NONE;
    }

    /** {@code raise_for_status()}: ClientResponseError for a status of 400 or more. */
    void raiseForStatus() {
        if (status >= 400) {
            throw ClientErrors.responseError(ClientErrors.RESPONSE_ERROR_TYPE, requestInfo, Py.integer(status),
                    reason, headers);
        }
    }

    /** A coroutine that finishes at once with {@code value} (reading a body that has already arrived). */
    static Object ready(String name, java.util.function.Supplier<Object> value) {
        return Vm.coroutine(new StepCoroutine(name) {
            @Override
            protected Resumption resume(Object sent, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                return returnValue(value.get());
            }
        });
    }

    private Object json(Object[] v) {
        Object expected = v[2] == null ? "application/json" : v[2];
        if (!Py.isNone(expected) && PyOps.truthy(expected)) {
            String ctype = headers.first("Content-Type");
            ctype = ctype == null ? "" : ctype.toLowerCase(java.util.Locale.ROOT);
            String wanted = PyOps.str(expected);
            boolean ok = wanted.equals("application/json") ? JSON_TYPE.matcher(ctype).find() : ctype.contains(wanted);
            if (!ok) {
                throw ClientErrors.responseError(ClientErrors.CONTENT_TYPE_ERROR, requestInfo, null,
                        "Attempt to decode JSON with unexpected mimetype: " + ctype, headers);
            }
        }
        String stripped = body.strip();
        if (stripped.isEmpty()) {
            return Py.NONE;
        }
        if (v[1] != null && !Py.isNone(v[1])) {
            return PyOps.call(v[1], stripped);
        }
        return Json.loads(stripped);
    }

    private static Response self(Object o) {
        return (Response) o;
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "ClientResponse";
        Native.attribute(ns, owner, "status", s -> Py.integer(self(s).status), null);
        Native.attribute(ns, owner, "reason", s -> self(s).reason, null);
        Native.attribute(ns, owner, "ok", s -> self(s).status < 400, null);
        Native.attribute(ns, owner, "method", s -> self(s).method, null);
        Native.attribute(ns, owner, "url", s -> self(s).url.withoutFragment(), null);
        Native.attribute(ns, owner, "real_url", s -> self(s).url, null);
        Native.attribute(ns, owner, "host", s -> self(s).url.host, null);
        Native.attribute(ns, owner, "headers", s -> self(s).headers, null);
        Native.attribute(ns, owner, "content_type", s -> self(s).contentType(), null);
        Native.attribute(ns, owner, "charset", s -> self(s).charset(), null);
        Native.attribute(ns, owner, "content_length", s -> {
            String length = self(s).headers.first("Content-Length");
            return length == null ? Py.NONE : Py.integer(Long.parseLong(length));
        }, null);
        Native.attribute(ns, owner, "history", s -> PyTuple.EMPTY, null);
        Native.attribute(ns, owner, "request_info", s -> self(s).requestInfo, null);
        Native.attribute(ns, owner, "closed", s -> self(s).closed, null);
        Native.attribute(ns, owner, "connection", s -> Py.NONE, null);
        Native.method(ns, owner, "text", (s, a, k) -> {
            TEXT.bind(a, k);
            return ready("ClientResponse.text", () -> self(s).body);
        });
        Native.method(ns, owner, "json", (s, a, k) -> {
            Object[] v = JSON.bind(a, k);
            return ready("ClientResponse.json", () -> self(s).json(v));
        });
        Native.method(ns, owner, "get_encoding", (s, a, k) -> {
            Object charset = self(s).charset();
            return Py.isNone(charset) ? "utf-8" : charset;
        });
        Native.method(ns, owner, "raise_for_status", (s, a, k) -> {
            Native.noArgs("raise_for_status", a, k);
            self(s).raiseForStatus();
            return Py.NONE;
        });
        Native.method(ns, owner, "release", (s, a, k) -> {
            self(s).closed = true;
            return Timeouts.noop();
        });
        Native.method(ns, owner, "close", (s, a, k) -> {
            self(s).closed = true;
            return Py.NONE;
        });
        Native.method(ns, owner, "__aenter__", (s, a, k) -> ready("ClientResponse.__aenter__", () -> s));
        Native.method(ns, owner, "__aexit__", (s, a, k) -> ready("ClientResponse.__aexit__", () -> {
            self(s).closed = true;
            return Py.NONE;
        }));
    }

    /**
     * aiohttp's {@code RequestInfo(url, method, headers, real_url)}: what was asked, kept by the response and by
     * {@code ClientResponseError}.
     */
    static final class RequestInfo extends PyObject {
        static final PyType INFO = Native.newType("RequestInfo", "aiohttp.client_reqrep", null, ns -> {
            Native.attribute(ns, "RequestInfo", "url", s -> ((RequestInfo) s).url.withoutFragment(), null);
            Native.attribute(ns, "RequestInfo", "method", s -> ((RequestInfo) s).method, null);
            Native.attribute(ns, "RequestInfo", "headers", s -> ((RequestInfo) s).headers, null);
            Native.attribute(ns, "RequestInfo", "real_url", s -> ((RequestInfo) s).url, null);
        });

        final Url url;
        final String method;
        final Headers headers;

        RequestInfo(Url url, String method, Headers headers) {
            this.url = url;
            this.method = method;
            this.headers = headers;
        }

        @Override
        public PyType type() {
            return INFO;
        }

        @Override
        public String toString() {
            return "RequestInfo(url=" + url.withoutFragment() + ", method=" + PyOps.repr(method) + ", headers="
                    + headers + ", real_url=" + url + ")";
        }
    }
}
