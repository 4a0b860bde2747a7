package org.loopscope.script.modules.aiohttp;

import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/** aiohttp's {@code ConnectionKey}: where a connection goes, as {@code ClientConnectorError} reports it. */
final class ConnectionKey extends PyObject {

    static final PyType TYPE = Native.newType("ConnectionKey", "aiohttp.client_reqrep", null, ns -> {
        Native.attribute(ns, "ConnectionKey", "host", s -> ((ConnectionKey) s).host, null);
        Native.attribute(ns, "ConnectionKey", "port", s -> Py.integer(((ConnectionKey) s).port), null);
        Native.attribute(ns, "ConnectionKey", "is_ssl", s -> ((ConnectionKey) s).isSsl, null);
        Native.attribute(ns, "ConnectionKey", "ssl", s -> Boolean.TRUE, null);
        Native.attribute(ns, "ConnectionKey", "proxy", s -> Py.NONE, null);
    });

    final String host;
    final int port;
    final boolean isSsl;

    ConnectionKey(String host, int port, boolean isSsl) {
        this.host = host;
        this.port = port;
        this.isSsl = isSsl;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "ConnectionKey(host=" + PyOps.repr(host) + ", port=" + port + ", is_ssl=" + (isSsl ? "True" : "False")
                + ", ssl=True, proxy=None, proxy_auth=None, proxy_headers_hash=None)";
    }
}
