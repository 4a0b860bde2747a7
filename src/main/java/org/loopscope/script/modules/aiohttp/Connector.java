package org.loopscope.script.modules.aiohttp;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loopscope.engine.Awaited;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Simulation;
import org.loopscope.script.interp.Native;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * {@code aiohttp.TCPConnector(limit=100, limit_per_host=0, force_close=False, ...)}: the connection pool, as
 * aiohttp 3.9's {@code BaseConnector} counts it. At most {@code limit} connections are in use at once (0: no
 * limit), and at most {@code limit_per_host} to one host:port; a request that finds none free, or finds others
 * already waiting for that host, waits in FIFO order on a future the trace names {@code TCPConnector.connect}.
 * Releasing a connection wakes the first waiter of a host that may connect; the woken request then takes the
 * connection when it runs, and newcomers queue behind waiters, so none is overtaken.
 */
final class Connector extends PyObject implements Awaited {

    static final PyType BASE = Native.newType("BaseConnector", "aiohttp.connector", null, ns -> { });
    static final PyType TYPE = Native.newType("TCPConnector", "aiohttp.connector", BASE, Connector::methods);

    private static final String SPEC = "TCPConnector(*, verify_ssl=True, fingerprint=None, use_dns_cache=True, "
            + "ttl_dns_cache=10, family=0, ssl_context=None, ssl=True, local_addr=None, resolver=None, "
            + "keepalive_timeout=None, force_close=False, limit=100, limit_per_host=0, enable_cleanup_closed=False, "
            + "loop=None, timeout_ceil_threshold=5)";
    private static final Signature NEW = Signature.of(SPEC);
    private static final int FORCE_CLOSE = ModuleSupport.param(SPEC, "force_close");
    private static final int LIMIT = ModuleSupport.param(SPEC, "limit");
    private static final int LIMIT_PER_HOST = ModuleSupport.param(SPEC, "limit_per_host");

    final int limit;
    final int limitPerHost;
    final boolean forceClose;
    boolean closed;
    private int acquired;
    private final Map<String, Integer> acquiredPerHost = new HashMap<>();
    private final Map<String, ArrayDeque<Future>> waiters = new LinkedHashMap<>();

    Connector(int limit, int limitPerHost, boolean forceClose) {
        this.limit = limit;
        this.limitPerHost = limitPerHost;
        this.forceClose = forceClose;
    }

    @Override
    public String kind() {
        return "TCPConnector";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code _available_connections(key)}: below 1 means none. */
    int available(String key) {
        if (limit > 0) {
            int available = limit - acquired;
            if (limitPerHost > 0 && available > 0 && acquiredPerHost.containsKey(key)) {
                available = limitPerHost - acquiredPerHost.get(key);
            }
            return available;
        }
        if (limitPerHost > 0 && acquiredPerHost.containsKey(key)) {
            return limitPerHost - acquiredPerHost.get(key);
        }
        return 1;
    }

    /** The future to await before connecting to {@code key}, or null when a connection may be taken now. */
    Future waitIfBusy(EventLoop loop, String key) {
        if (available(key) > 0 && !waiters.containsKey(key)) {
            return null;
        }
        Future waiter = Simulation.waiter(loop, this, "TCPConnector.connect");
        waiters.computeIfAbsent(key, k -> new ArrayDeque<>()).add(waiter);
        return waiter;
    }

    /** The wait for {@code key} ended (woken, or raised): forgets the waiter and an emptied queue. */
    void waitEnded(String key, Future waiter) {
        ArrayDeque<Future> queue = waiters.get(key);
        if (queue != null) {
            queue.remove(waiter);
            if (queue.isEmpty()) {
                waiters.remove(key);
            }
        }
    }

    /** Takes a connection to {@code key}. */
    void acquire(String key) {
        acquired++;
        acquiredPerHost.merge(key, 1, Integer::sum);
    }

    /** Gives back a connection to {@code key} and wakes the first waiter that may now connect. */
    void release(String key) {
        if (closed) {
            return;
        }
        acquired--;
        acquiredPerHost.merge(key, -1, Integer::sum);
        if (acquiredPerHost.get(key) == 0) {
            acquiredPerHost.remove(key);
        }
        for (Map.Entry<String, ArrayDeque<Future>> entry : waiters.entrySet()) {
            if (available(entry.getKey()) < 1) {
                continue;
            }
            ArrayDeque<Future> queue = entry.getValue();
            while (!queue.isEmpty()) {
                Future waiter = queue.poll();
                if (!waiter.done()) {
                    waiter.setResult(Py.NONE);
                    return;
                }
            }
        }
    }

    /** {@code close()}: the pool forgets its connections; in-flight requests finish on their own. */
    void close() {
        closed = true;
        acquired = 0;
        acquiredPerHost.clear();
    }

    private static Connector self(Object o) {
        return (Connector) o;
    }

    static Connector create(Object[] args, String[] kwnames) {
        Object[] v = NEW.bind(args, kwnames);
        int limit = v[LIMIT] == null ? 100 : (int) ModuleSupport.integer(v[LIMIT]);
        int perHost = v[LIMIT_PER_HOST] == null ? 0 : (int) ModuleSupport.integer(v[LIMIT_PER_HOST]);
        return new Connector(limit, perHost, v[FORCE_CLOSE] != null && PyOps.truthy(v[FORCE_CLOSE]));
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "TCPConnector";
        Native.attribute(ns, owner, "limit", s -> Py.integer(self(s).limit), null);
        Native.attribute(ns, owner, "limit_per_host", s -> Py.integer(self(s).limitPerHost), null);
        Native.attribute(ns, owner, "force_close", s -> self(s).forceClose, null);
        Native.attribute(ns, owner, "closed", s -> self(s).closed, null);
        Native.method(ns, owner, "close", (s, a, k) -> {
            self(s).close();
            return Timeouts.noop();
        });
        ns.put("__new__", ModuleSupport.constructor((cls, a, k) -> create(a, k)));
    }
}
