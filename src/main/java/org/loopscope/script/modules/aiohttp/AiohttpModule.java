package org.loopscope.script.modules.aiohttp;

import org.loopscope.engine.Engine;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyModule;

/**
 * The {@code aiohttp} module of a run (aiohttp 3.9's client side) on the simulated network {@link HttpBin}:
 * {@code ClientSession}, {@code request}, {@code TCPConnector}, {@code BaseConnector}, {@code ClientTimeout},
 * {@code ClientResponse}, {@code RequestInfo} and the {@code ClientError} family.
 */
public final class AiohttpModule {

    private static final String SPEC = "request(method, url, *, params=None, data=None, "
            + "json=None, headers=None, skip_auto_headers=None, auth=None, allow_redirects=True, max_redirects=10, "
            + "compress=None, chunked=None, expect100=False, raise_for_status=None, read_until_eof=True, "
            + "proxy=None, proxy_auth=None, timeout=None, cookies=None, version=None, connector=None, "
            + "read_bufsize=None, loop=None, max_line_size=8190, max_field_size=8190)";
    private static final Signature REQUEST = Signature.of(SPEC);
    private static final int CONNECTOR = ModuleSupport.param(SPEC, "connector");
    private static final int TIMEOUT = ModuleSupport.param(SPEC, "timeout");

    /** What the module's objects share in one run: the engine and the network. */
    record State(Engine engine, HttpBin network) {
    }

    private static final class Holder {
        State state;
    }

    private AiohttpModule() {
    }

    /** The run's aiohttp state (the module must have been imported). */
    static State state() {
        return Interpreter.current().extension(Holder.class, i -> new Holder()).state;
    }

    /** The {@code aiohttp} module of the run of {@code interp}, its latencies drawn from {@code seed}. */
    public static PyModule create(Interpreter interp, long seed) {
        Holder holder = interp.extension(Holder.class, i -> new Holder());
        if (holder.state == null) {
            holder.state = new State(interp.engine(), new HttpBin(seed));
        }
        State state = holder.state;
        PyModule module = new PyModule("aiohttp", "/usr/lib/python3/site-packages/aiohttp/__init__.py");
        PyDict d = module.dict();
        d.put("__version__", "3.9.5");
        d.put("ClientSession", Session.TYPE);
        d.put("TCPConnector", Connector.TYPE);
        d.put("BaseConnector", Connector.BASE);
        d.put("ClientTimeout", Timeouts.TYPE);
        d.put("ClientResponse", Response.TYPE);
        d.put("RequestInfo", Response.RequestInfo.INFO);
        ClientErrors.all().forEach(d::put);
        ModuleSupport.function(d, "request", (a, k) -> {
            Object[] v = REQUEST.bind(a, k);
            Connector given = v[CONNECTOR] == null || Py.isNone(v[CONNECTOR]) ? null : (Connector) v[CONNECTOR];
            Object[] sessionArgs = {given != null ? given : new Connector(100, 0, true), given == null,
                    v[TIMEOUT] == null ? Py.NONE : v[TIMEOUT]};
            Session session = Session.create(state.engine(), state.network(), sessionArgs,
                    new String[] {"connector", "connector_owner", "timeout"});
            return new RequestContext.OwnSession(session.request(requestArgs(a, k), requestKwnames(k)), session);
        });
        return module;
    }

    /** Keywords of {@code aiohttp.request} that go to its session, not to {@code _request}. */
    private static final java.util.Set<String> SESSION_ONLY = java.util.Set.of("connector", "loop", "version",
            "cookies", "timeout");

    /** The arguments of {@code request(...)} as {@code _request} takes them (vectorcall: keywords last). */
    private static Object[] requestArgs(Object[] args, String[] kwnames) {
        int kw = kwnames == null ? 0 : kwnames.length;
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < args.length - kw; i++) {
            out.add(args[i]);
        }
        for (int i = 0; i < kw; i++) {
            if (!SESSION_ONLY.contains(kwnames[i])) {
                out.add(args[args.length - kw + i]);
            }
        }
        return out.toArray();
    }

    private static String[] requestKwnames(String[] kwnames) {
        if (kwnames == null) {
            return null;
        }
        return java.util.Arrays.stream(kwnames).filter(n -> !SESSION_ONLY.contains(n)).toArray(String[]::new);
    }
}
