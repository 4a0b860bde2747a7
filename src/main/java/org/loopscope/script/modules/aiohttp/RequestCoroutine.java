package org.loopscope.script.modules.aiohttp;

import java.util.List;
import org.loopscope.engine.Callback;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.Simulation;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;
import org.loopscope.engine.TimerHandle;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;

/**
 * {@code ClientSession._request()}: one request, step for step as aiohttp 3.9 makes it. The session must be open;
 * the total timeout starts (a timer that cancels the task and turns the cancellation into {@code TimeoutError});
 * the connector gives a connection, possibly after a wait in its queue (bounded by the {@code connect} timeout,
 * which ends in {@code ServerTimeoutError('Connection timeout to host ...')}); the request is sent and the task
 * waits on a future the trace names {@code GET http://...} until the simulated server answers (or the
 * {@code sock_read} timeout ends it in {@code ServerTimeoutError('Timeout on reading data from socket')}); the
 * connection goes back to the pool with the whole answer, and the coroutine returns the {@link Response}.
 */
final class RequestCoroutine extends StepCoroutine {

    private enum Phase { START, QUEUED, SENT }

    private final Session session;
    private final String method;
    private final Url url;
    private final Object urlArg;
    private final List<String[]> headers;
    private final String body;
    private final Object json;
    private final java.util.Map<String, String> form;
    private final Timeouts.Timeout timeout;
    private final boolean raiseForStatus;
    private final RuntimeException invalid;

    private Phase phase = Phase.START;
    private Connector connector;
    private EventLoop loop;
    private Task task;
    private String key;
    private Future waiter;
    private TimerHandle totalTimer;
    private TimerHandle connectTimer;
    private TimerHandle answerTimer;
    private TimerHandle readTimer;
    private boolean totalExpired;
    private boolean connectExpired;
    private boolean connected;

    /** What a request asks; {@code invalid} is an error to raise when it is awaited (bad arguments). */
    record Spec(Session session, String method, Url url, Object urlArg, List<String[]> headers, String body,
                Object json, java.util.Map<String, String> form, Timeouts.Timeout timeout, boolean raiseForStatus,
                RuntimeException invalid) {
    }

    RequestCoroutine(Spec spec) {
        super("ClientSession._request");
        this.session = spec.session();
        this.method = spec.method();
        this.url = spec.url();
        this.urlArg = spec.urlArg();
        this.headers = spec.headers();
        this.body = spec.body();
        this.json = spec.json();
        this.form = spec.form();
        this.timeout = spec.timeout();
        this.raiseForStatus = spec.raiseForStatus();
        this.invalid = spec.invalid();
    }

    @Override
    protected Resumption resume(Object value, RuntimeException error) {
        switch (phase) {
            case START -> {
                if (error != null) {
                    throw error;
                }
                return start();
            }
            case QUEUED -> {
                connector.waitEnded(key, waiter);
                cancel(connectTimer);
                if (error != null) {
                    throw failed(error);
                }
                return send();
            }
            default -> {
                cancel(answerTimer);
                cancel(readTimer);
                if (connected) {
                    connected = false;
                    connector.release(key);
                }
                if (error != null) {
                    throw failed(error);
                }
                cancel(totalTimer);
                return returnValue(respond((HttpBin.Answer) value));
            }
        }
    }

    private Resumption start() {
        if (session.closed()) {
            throw Errors.runtimeError("Session is closed");
        }
        if (invalid != null) {
            throw invalid;
        }
        if (url.host == null) {
            throw ClientErrors.make(ClientErrors.INVALID_URL_TYPE, urlArg);
        }
        Engine engine = session.engine;
        loop = engine.getRunningLoop();
        task = loop.currentTask();
        Double total = timeout.total();
        if (total != null && total > 0) {
            if (task == null) {
                throw Errors.runtimeError("Timeout context manager should be used inside a task");
            }
            double when = loop.time() + total;
            if (total >= timeout.ceilThreshold()) {
                when = Math.ceil(when);
            }
            totalTimer = loop.callAt(when, Callback.named("TimeoutHandle.__call__()", () -> {
                if (!totalExpired) {
                    totalExpired = true;
                    task.cancel(null);
                }
            }));
        }
        connector = session.connector;
        key = url.host + ":" + url.port + ":" + url.scheme.equals("https");
        waiter = connector.waitIfBusy(loop, key);
        if (waiter == null) {
            return send();
        }
        Double connect = timeout.connect();
        if (connect != null && connect > 0 && task != null) {
            double when = loop.time() + connect;
            if (connect > timeout.ceilThreshold()) {
                when = Math.ceil(when);
            }
            connectTimer = loop.callAt(when, Callback.named("Timeout._on_timeout()", () -> {
                if (!connectExpired && !totalExpired) {
                    connectExpired = true;
                    task.cancel(null);
                }
            }));
        }
        phase = Phase.QUEUED;
        return await(waiter);
    }

    /** Takes the connection, sends the request and waits for the simulated server's answer. */
    private Resumption send() {
        phase = Phase.SENT;
        connector.acquire(key);
        connected = true;
        String failure = HttpBin.unreachable(url);
        if (failure != null) {
            connected = false;
            connector.release(key);
            throw unreachable(failure);
        }
        HttpBin.Answer answer = session.network.answer(new HttpBin.Request(method, url, headers, body, json, form),
                loop.time());
        Future response = Simulation.waiter(loop, session, method + " " + url.text);
        answerTimer = loop.callLater(answer.latency(), Callback.named("ResponseHandler.data_received()", () -> {
            if (!response.done()) {
                response.setResult(answer);
            }
        }));
        Double sockRead = timeout.sockRead();
        if (sockRead != null && sockRead > 0 && sockRead < answer.latency()) {
            readTimer = loop.callLater(sockRead, Callback.named("ResponseHandler._on_read_timeout()", () -> {
                if (!response.done()) {
                    response.setException(ClientErrors.make(ClientErrors.SERVER_TIMEOUT,
                            "Timeout on reading data from socket"));
                }
            }));
        }
        return await(response);
    }

    private Response respond(HttpBin.Answer answer) {
        Response response = new Response(method, url, answer, new Response.RequestInfo(url, method,
                new Headers(headers)));
        if (raiseForStatus) {
            response.raiseForStatus();
        }
        return response;
    }

    /** What an error becomes on its way out: a timeout's cancellation turns into the timeout's error. */
    private RuntimeException failed(RuntimeException error) {
        cancel(totalTimer);
        cancel(connectTimer);
        if (!session.engine.host().isCancelled(error)) {
            return error;
        }
        if (connectExpired && !totalExpired) {
            // asyncio.timeout_at(...) around connector.connect(): TimeoutError, then aiohttp's own error.
            task.uncancel();
            PyException timeoutError = org.loopscope.script.runtime.Errors.of(ExcTypes.TIMEOUT_ERROR);
            timeoutError.setCause((PyException) error);
            PyException server = ClientErrors.make(ClientErrors.SERVER_TIMEOUT, "Connection timeout to host "
                    + url.text);
            server.setCause(timeoutError);
            return server;
        }
        if (totalExpired) {
            // TimerContext.__exit__: raise asyncio.TimeoutError from None.
            PyException timeoutError = org.loopscope.script.runtime.Errors.of(ExcTypes.TIMEOUT_ERROR);
            timeoutError.setContext((PyException) error);
            timeoutError.setSuppressContext(true);
            return timeoutError;
        }
        return error;
    }

    private PyException unreachable(String reason) {
        PyException os = ClientErrors.make(ClientErrors.GAI_ERROR, Py.integer(-2), reason);
        ConnectionKey connectionKey = new ConnectionKey(url.host, url.port, url.scheme.equals("https"));
        cancel(totalTimer);
        return ClientErrors.make(ClientErrors.CONNECTOR_ERROR_TYPE, connectionKey, os);
    }

    private static void cancel(TimerHandle timer) {
        if (timer != null) {
            timer.cancel();
        }
    }

    @Override
    public void close() {
        cancel(totalTimer);
        cancel(connectTimer);
        cancel(answerTimer);
        cancel(readTimer);
        if (connected) {
            connected = false;
            connector.release(key);
        }
        if (waiter != null && phase == Phase.QUEUED && connector != null) {
            connector.waitEnded(key, waiter);
        }
    }
}
