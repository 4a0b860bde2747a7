package org.loopscope.script.modules.aiohttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.loopscope.engine.Awaited;
import org.loopscope.engine.Engine;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * {@code aiohttp.ClientSession}: {@code request(method, url, **kwargs)}, {@code get}, {@code post}, {@code put},
 * {@code patch}, {@code delete}, {@code head}, {@code options} (each returning a request context manager),
 * {@code await close()}, {@code closed}, {@code connector}, {@code timeout}, {@code headers}; an async context
 * manager that closes itself. A session owns its {@link Connector} (a fresh {@code TCPConnector()} unless given
 * one); once closed, a request raises {@code RuntimeError('Session is closed')}.
 */
final class Session extends PyObject implements Awaited {

    static final PyType TYPE = Native.newType("ClientSession", "aiohttp.client", null, Session::methods);

    private static final String NEW_SPEC = "ClientSession(base_url=None, *, connector=None, loop=None, "
            + "cookies=None, headers=None, skip_auto_headers=None, auth=None, json_serialize=None, "
            + "request_class=None, response_class=None, ws_response_class=None, version=None, cookie_jar=None, "
            + "connector_owner=True, raise_for_status=False, read_timeout=None, conn_timeout=None, timeout=None, "
            + "auto_decompress=True, trust_env=False, requote_redirect_url=True, trace_configs=None, "
            + "read_bufsize=65536, max_line_size=8190, max_field_size=8190, fallback_charset_resolver=None)";
    private static final Signature NEW = Signature.of(NEW_SPEC);
    private static final String REQUEST_SPEC = "_request(method, str_or_url, *, params=None, data=None, "
            + "json=None, cookies=None, headers=None, skip_auto_headers=None, auth=None, allow_redirects=True, "
            + "max_redirects=10, compress=None, chunked=None, expect100=False, raise_for_status=None, "
            + "read_until_eof=True, proxy=None, proxy_auth=None, timeout=None, verify_ssl=None, fingerprint=None, "
            + "ssl_context=None, ssl=True, server_hostname=None, proxy_headers=None, trace_request_ctx=None, "
            + "read_bufsize=None, auto_decompress=None, max_line_size=None, max_field_size=None)";
    static final Signature REQUEST = Signature.of(REQUEST_SPEC);

    final Engine engine;
    final HttpBin network;
    Connector connector;
    final boolean connectorOwner;
    final Url baseUrl;
    final List<String[]> defaultHeaders;
    final Timeouts.Timeout timeout;
    final boolean raiseForStatus;

    Session(Engine engine, HttpBin network, Connector connector, boolean connectorOwner, Url baseUrl,
            List<String[]> headers, Timeouts.Timeout timeout, boolean raiseForStatus) {
        this.engine = engine;
        this.network = network;
        this.connector = connector;
        this.connectorOwner = connectorOwner;
        this.baseUrl = baseUrl;
        this.defaultHeaders = headers;
        this.timeout = timeout;
        this.raiseForStatus = raiseForStatus;
    }

    /** {@code ClientSession(...)} with the run's network. */
    static Session create(Engine engine, HttpBin network, Object[] args, String[] kwnames) {
        Object[] v = NEW.bind(args, kwnames);
        Object connectorArg = v[ModuleSupport.param(NEW_SPEC, "connector")];
        Connector connector = connectorArg == null || Py.isNone(connectorArg) ? new Connector(100, 0, false)
                : connectorArg(connectorArg);
        Object ownerArg = v[ModuleSupport.param(NEW_SPEC, "connector_owner")];
        boolean owner = ownerArg == null || PyOps.truthy(ownerArg);
        Url base = v[0] == null || Py.isNone(v[0]) ? null : Url.parse(PyOps.str(v[0]));
        Object timeout = v[ModuleSupport.param(NEW_SPEC, "timeout")];
        Timeouts.Timeout t;
        if (timeout == null || Py.isNone(timeout)) {
            t = Timeouts.DEFAULT;
        } else if (timeout instanceof Timeouts.Timeout given) {
            t = given;
        } else {
            throw Errors.valueError("timeout parameter cannot be of " + Py.type(timeout) + " type, please use "
                    + "'timeout=ClientTimeout(...)'");
        }
        Object raise = v[ModuleSupport.param(NEW_SPEC, "raise_for_status")];
        return new Session(engine, network, connector, owner, base, pairs(v[ModuleSupport.param(NEW_SPEC,
                "headers")]), t, raise != null && PyOps.truthy(raise));
    }

    private static Connector connectorArg(Object value) {
        if (value instanceof Connector c) {
            return c;
        }
        throw Errors.typeError("connector must be a TCPConnector, not " + Py.typeName(value));
    }

    @Override
    public String kind() {
        return "ClientSession";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean closed() {
        return connector == null || connector.closed;
    }

    /** The name/value pairs of a headers argument (a dict or pairs), or none. */
    static List<String[]> pairs(Object headers) {
        List<String[]> out = new ArrayList<>();
        if (headers == null || Py.isNone(headers)) {
            return out;
        }
        Object keys = PyOps.iter(headers);
        for (Object key = PyOps.next(keys); key != org.loopscope.script.runtime.PyIterator.STOP;
             key = PyOps.next(keys)) {
            out.add(new String[] {PyOps.str(key), PyOps.str(PyOps.getitem(headers, key))});
        }
        return out;
    }

    /** {@code _request(method, url, **kwargs)} as a coroutine; bad keyword arguments fail here, at the call. */
    RequestCoroutine request(Object[] args, String[] kwnames) {
        Object[] v = REQUEST.bind(args, kwnames);
        Object data = v[ModuleSupport.param(REQUEST_SPEC, "data")];
        Object json = v[ModuleSupport.param(REQUEST_SPEC, "json")];
        Object params = v[ModuleSupport.param(REQUEST_SPEC, "params")];
        Object headersArg = v[ModuleSupport.param(REQUEST_SPEC, "headers")];
        Object given = v[ModuleSupport.param(REQUEST_SPEC, "timeout")];
        Object raiseArg = v[ModuleSupport.param(REQUEST_SPEC, "raise_for_status")];
        String method = PyOps.str(v[0]).toUpperCase(Locale.ROOT);
        Object urlArg = v[1];
        Url url = urlArg instanceof Url u ? u : Url.parse(PyOps.str(urlArg));
        if (baseUrl != null && url.host == null) {
            url = Url.parse(baseUrl.text.replaceAll("/+$", "") + url.text);
        }
        if (url.host != null) {
            url = url.withParams(params);
        }
        RuntimeException invalid = null;
        boolean hasData = data != null && !Py.isNone(data);
        boolean hasJson = json != null && !Py.isNone(json);
        String body = "";
        String contentType = null;
        Map<String, String> form = null;
        if (hasData && hasJson) {
            invalid = Errors.valueError("data and json parameters can not be used at the same time");
        } else if (hasJson) {
            body = Json.dumps(json);
            contentType = "application/json";
        } else if (hasData && data instanceof PyDict dict) {
            form = new LinkedHashMap<>();
            StringBuilder encoded = new StringBuilder();
            for (int p = dict.next(0); p >= 0; p = dict.next(p + 1)) {
                String name = PyOps.str(dict.keyAt(p));
                String value = PyOps.str(dict.valueAt(p));
                form.putIfAbsent(name, value);
                encoded.append(encoded.length() == 0 ? "" : "&").append(URLEncoder.encode(name,
                        StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            body = encoded.toString();
            contentType = "application/x-www-form-urlencoded";
        } else if (hasData) {
            body = PyOps.str(data);
            contentType = "text/plain; charset=utf-8";
        }
        List<String[]> headers = requestHeaders(url, pairs(headersArg), contentType, body,
                hasData || hasJson || List.of("POST", "PUT", "PATCH").contains(method));
        Object jsonValue = hasJson ? json : parsedOrNull(body);
        Timeouts.Timeout t = timeout;
        if (given != null) {
            t = given instanceof Timeouts.Timeout tt ? tt : Timeouts.ofTotal(given);
        }
        boolean raise = raiseArg == null || Py.isNone(raiseArg) ? raiseForStatus : PyOps.truthy(raiseArg);
        return new RequestCoroutine(new RequestCoroutine.Spec(this, method, url, urlArg, headers, body, jsonValue,
                form, t, raise, invalid));
    }

    private static Object parsedOrNull(String body) {
        if (body.isEmpty()) {
            return null;
        }
        try {
            return Json.loads(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** The headers aiohttp sends: Host, the session's and the request's, Accept, Accept-Encoding, User-Agent. */
    private List<String[]> requestHeaders(Url url, List<String[]> extra, String contentType, String body,
                                          boolean hasBody) {
        List<String[]> headers = new ArrayList<>();
        if (url.host != null) {
            boolean defaultPort = url.port == (url.scheme.equals("https") ? 443 : 80);
            headers.add(new String[] {"Host", url.host + (defaultPort ? "" : ":" + url.port)});
        }
        Map<String, String[]> merged = new LinkedHashMap<>();
        for (String[] h : defaultHeaders) {
            merged.put(h[0].toLowerCase(Locale.ROOT), h);
        }
        for (String[] h : extra) {
            merged.put(h[0].toLowerCase(Locale.ROOT), h);
        }
        headers.addAll(merged.values());
        addIfAbsent(headers, "Accept", "*/*");
        addIfAbsent(headers, "Accept-Encoding", "gzip, deflate");
        addIfAbsent(headers, "User-Agent", HttpBin.USER_AGENT);
        if (hasBody) {
            addIfAbsent(headers, "Content-Type", contentType == null ? "application/octet-stream" : contentType);
            addIfAbsent(headers, "Content-Length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
        }
        return headers;
    }

    private static void addIfAbsent(List<String[]> headers, String name, String value) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return;
            }
        }
        headers.add(new String[] {name, value});
    }

    /** {@code await session.close()}: closes an owned connector (which yields to the loop once). */
    Object close() {
        return Vm.coroutine(new StepCoroutine("ClientSession.close") {
            private boolean waited;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!waited && !closed()) {
                    waited = true;
                    if (connectorOwner) {
                        connector.close();
                        return await(Timeouts.noop());
                    }
                }
                connector = null;
                return returnValue(Py.NONE);
            }
        });
    }

    private static Session self(Object o) {
        return (Session) o;
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "ClientSession";
        Native.method(ns, owner, "request", (s, a, k) -> RequestContext.of(self(s).request(a, k)));
        for (String method : new String[] {"get", "post", "put", "patch", "delete", "head", "options"}) {
            Native.method(ns, owner, method, (s, a, k) -> {
                if ((k == null ? 0 : k.length) == a.length) {
                    throw Errors.typeError("ClientSession." + method + "() missing 1 required positional argument: "
                            + "'url'");
                }
                Object[] all = new Object[a.length + 1];
                all[0] = method.toUpperCase(Locale.ROOT);
                System.arraycopy(a, 0, all, 1, a.length);
                return RequestContext.of(self(s).request(all, k));
            });
        }
        Native.method(ns, owner, "close", (s, a, k) -> self(s).close());
        Native.attribute(ns, owner, "closed", s -> self(s).closed(), null);
        Native.attribute(ns, owner, "connector", s -> self(s).connector == null ? Py.NONE : self(s).connector,
                null);
        Native.attribute(ns, owner, "connector_owner", s -> self(s).connectorOwner, null);
        Native.attribute(ns, owner, "timeout", s -> self(s).timeout, null);
        Native.attribute(ns, owner, "headers", s -> new Headers(self(s).defaultHeaders), null);
        Native.method(ns, owner, "__aenter__", (s, a, k) -> Response.ready("ClientSession.__aenter__", () -> s));
        Native.method(ns, owner, "__aexit__", (s, a, k) -> self(s).close());
        Native.method(ns, owner, "__enter__", (s, a, k) -> {
            throw Errors.typeError("Use async with instead");
        });
        Native.method(ns, owner, "__exit__", (s, a, k) -> Py.NONE);
        ns.put("__new__", ModuleSupport.constructor((cls, a, k) -> {
            AiohttpModule.State state = AiohttpModule.state();
            return create(state.engine(), state.network(), a, k);
        }));
    }
}
