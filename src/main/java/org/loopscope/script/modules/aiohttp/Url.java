package org.loopscope.script.modules.aiohttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * yarl's {@code URL} as aiohttp hands it out ({@code response.url}): it prints as the address and its repr is
 * {@code URL('http://httpbin.org/get')}; {@code scheme}, {@code host}, {@code port}, {@code path},
 * {@code query_string}, {@code query}, {@code fragment}, {@code name}, {@code human_repr()}. A text without
 * {@code scheme://host} is a relative URL, which aiohttp refuses with {@code InvalidURL}.
 */
final class Url extends PyObject {

    static final PyType TYPE = Native.newType("URL", "yarl", null, Url::methods);

    final String text;
    final String scheme;
    final String host;
    final int port;
    final boolean explicitPort;
    final String path;
    final String query;
    final String fragment;

    private Url(String text, String scheme, String host, int port, boolean explicitPort, String path, String query,
                String fragment) {
        this.text = text;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.explicitPort = explicitPort;
        this.path = path;
        this.query = query;
        this.fragment = fragment;
    }

    /** Parses an address; a relative one has a null host. */
    static Url parse(String text) {
        String rest = text;
        String fragment = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int sep = rest.indexOf("://");
        if (sep <= 0) {
            return new Url(text, "", null, 0, false, rest, query, fragment);
        }
        String scheme = rest.substring(0, sep).toLowerCase(java.util.Locale.ROOT);
        String authority = rest.substring(sep + 3);
        String path = "";
        int slash = authority.indexOf('/');
        if (slash >= 0) {
            path = authority.substring(slash);
            authority = authority.substring(0, slash);
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host = authority;
        int port = scheme.equals("https") ? 443 : 80;
        boolean explicitPort = false;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
                explicitPort = true;
            } catch (NumberFormatException e) {
                return new Url(text, scheme, null, 0, false, path, query, fragment);
            }
        }
        host = host.toLowerCase(java.util.Locale.ROOT);
        if (host.isEmpty()) {
            return new Url(text, scheme, null, 0, false, path, query, fragment);
        }
        String canonical = scheme + "://" + host + (explicitPort ? ":" + port : "") + path
                + (query.isEmpty() ? "" : (path.isEmpty() ? "/" : "") + "?" + query)
                + (fragment.isEmpty() ? "" : "#" + fragment);
        return new Url(canonical, scheme, host, port, explicitPort, path.isEmpty() ? "/" : path, query, fragment);
    }

    /** {@code url.update_query(params)}: the pairs of a dict appended to the query, yarl's way. */
    Url withParams(Object params) {
        if (params == null || Py.isNone(params) || PyOps.len(params) == 0) {
            return this;
        }
        StringBuilder q = new StringBuilder(query);
        Object keys = PyOps.iter(params);
        for (Object key = PyOps.next(keys); key != org.loopscope.script.runtime.PyIterator.STOP;
             key = PyOps.next(keys)) {
            Object value = PyOps.getitem(params, key);
            q.append(q.length() == 0 ? "" : "&").append(encode(PyOps.str(key))).append('=')
                    .append(encode(PyOps.str(value)));
        }
        String base = scheme + "://" + host + (explicitPort ? ":" + port : "") + path;
        return parse(base + "?" + q + (fragment.isEmpty() ? "" : "#" + fragment));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The address without its fragment, as {@code response.url} is. */
    Url withoutFragment() {
        if (fragment.isEmpty()) {
            return this;
        }
        return parse(text.substring(0, text.indexOf('#')));
    }

    /** The query's pairs, first value of each name, decoded. */
    Map<String, String> queryPairs() {
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        if (query.isEmpty()) {
            return pairs;
        }
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            String key = java.net.URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.putIfAbsent(key, value);
        }
        return pairs;
    }

    /** {@code host:port} as a connection is keyed. */
    String hostPort() {
        return host + ":" + port;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "URL('" + text + "')";
    }

    private static Url self(Object o) {
        return (Url) o;
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "URL";
        Native.method(ns, owner, "__str__", (s, a, k) -> self(s).text);
        Native.method(ns, owner, "human_repr", (s, a, k) -> self(s).text);
        Native.method(ns, owner, "__eq__", (s, a, k) -> a[0] instanceof Url u ? self(s).text.equals(u.text)
                : Py.NOT_IMPLEMENTED);
        Native.method(ns, owner, "__hash__", (s, a, k) -> Py.integer(self(s).text.hashCode()));
        Native.method(ns, owner, "is_absolute", (s, a, k) -> self(s).host != null);
        Native.attribute(ns, owner, "scheme", s -> self(s).scheme, null);
        Native.attribute(ns, owner, "host", s -> self(s).host == null ? Py.NONE : self(s).host, null);
        Native.attribute(ns, owner, "raw_host", s -> self(s).host == null ? Py.NONE : self(s).host, null);
        Native.attribute(ns, owner, "port", s -> self(s).host == null ? Py.NONE : Py.integer(self(s).port), null);
        Native.attribute(ns, owner, "explicit_port", s -> self(s).explicitPort ? Py.integer(self(s).port)
                : Py.NONE, null);
        Native.attribute(ns, owner, "path", s -> self(s).path, null);
        Native.attribute(ns, owner, "query_string", s -> self(s).query, null);
        Native.attribute(ns, owner, "fragment", s -> self(s).fragment, null);
        Native.attribute(ns, owner, "name", s -> {
            String p = self(s).path;
            return p.substring(p.lastIndexOf('/') + 1);
        }, null);
        Native.attribute(ns, owner, "query", s -> {
            PyDict d = new PyDict();
            self(s).queryPairs().forEach(d::put);
            return d;
        }, null);
    }
}
