package org.loopscope.script.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.loopscope.engine.Engine;
import org.loopscope.script.ScriptExecution;
import org.loopscope.script.runtime.Output;

/**
 * Runs untrusted sources through the whole pipeline (parse, compile, execute) with small limits, the way the
 * command line does (a thread with a large stack, stopped after a wall-clock timeout), and judges the outcome:
 * what a run may never do is throw a Java exception, hang past its limits, or print anything naming a Java class
 * or a host path. Reuses one worker thread; {@link #close()} ends it.
 */
final class Sandbox implements AutoCloseable {

    /** The file name every run is given; the only host path a run may print besides CPython's asyncio sources. */
    static final String PATH = "/fuzz/input.py";

    /**
     * One finished run.
     *
     * @param stdout   what it printed on stdout
     * @param stderr   what it printed on stderr
     * @param status   its exit status, or -1 when it did not finish
     * @param failure  a Java throwable that escaped the run, or null
     * @param hung     true when it did not end within the grace period after being stopped
     * @param tail     the last characters written to stderr, also when more was written than is kept
     */
    record Outcome(String stdout, String stderr, int status, Throwable failure, boolean hung, String tail) {
    }

    private static final long STACK_BYTES = 512L << 20;
    private static final int MAX_KEPT_OUTPUT = 1 << 20;
    private static final int TAIL = 4096;

    private final long instructionBudget;
    private final double maxTime;
    private final long wallMillis;
    private ExecutorService worker = newWorker();

    Sandbox(long instructionBudget, double maxTime, long wallMillis) {
        this.instructionBudget = instructionBudget;
        this.maxTime = maxTime;
        this.wallMillis = wallMillis;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-script", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code source} and returns what happened. */
    Outcome run(String source) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        StringBuilder tail = new StringBuilder();
        Output output = (stream, text) -> {
            StringBuilder sb = stream == Output.Stream.STDOUT ? out : err;
            synchronized (sb) {
                if (sb.length() < MAX_KEPT_OUTPUT) {
                    sb.append(text, 0, Math.min(text.length(), MAX_KEPT_OUTPUT - sb.length()));
                }
                if (sb == err) {
                    tail.append(text, Math.max(0, text.length() - TAIL), text.length());
                    tail.delete(0, Math.max(0, tail.length() - TAIL));
                }
            }
        };
        ScriptExecution execution = new ScriptExecution(PATH, source, output,
                new ScriptExecution.Options(0, instructionBudget, OptionalDouble.of(maxTime), false));
        Future<Integer> job = worker.submit(execution::run);
        try {
            int status;
            try {
                status = job.get(wallMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException slow) {
                execution.stop("the program ran for more than " + wallMillis + " ms of wall-clock time");
                try {
                    status = job.get(Math.max(5_000, wallMillis * 5), TimeUnit.MILLISECONDS);
                } catch (TimeoutException hung) {
                    job.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    return new Outcome(text(out), text(err), -1, null, true, text(err, tail));
                }
            }
            return new Outcome(text(out), text(err), status, null, false, text(err, tail));
        } catch (ExecutionException e) {
            return new Outcome(text(out), text(err), -1, e.getCause(), false, text(err, tail));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(StringBuilder sb) {
        synchronized (sb) {
            return sb.toString();
        }
    }

    /** The tail kept under the lock of {@code lock}. */
    private static String text(StringBuilder lock, StringBuilder tail) {
        synchronized (lock) {
            return tail.toString();
        }
    }

    /** What is wrong with {@code outcome} of {@code source}; empty when the run behaved. */
    static List<String> problems(String source, Outcome outcome) {
        List<String> problems = new ArrayList<>();
        if (outcome.failure() != null) {
            problems.add("a Java throwable escaped: " + outcome.failure());
        }
        if (outcome.hung()) {
            problems.add("did not stop within the grace period after the wall-clock limit");
        }
        String all = outcome.stdout() + "\n" + outcome.stderr();
        for (String needle : List.of("java.", "javax.", "org.loopscope", "Exception in thread", ".java:",
                "internal error", "StackOverflowError", "NullPointerException", "@")) {
            if (all.contains(needle) && !source.contains(needle)) {
                if (needle.equals("@") && !all.matches("(?s).*\\b[A-Z]\\w+@[0-9a-f]{4,}.*")) {
                    continue; // only Java's default toString (Class@hash) is suspect
                }
                problems.add("output names Java: " + excerpt(all, needle));
            }
        }
        for (String host : hostPaths()) {
            if (all.contains(host) && !source.contains(host)) {
                problems.add("output names a host path: " + excerpt(all, host));
            }
        }
        String[] errLines = outcome.stderr().split("\n");
        for (String line : errLines) {
            if (line.startsWith("loopscope:") && line.contains("\t")) {
                problems.add("a loopscope message that is not one line: " + line);
            }
        }
        return problems;
    }

    private static List<String> hostPaths() {
        List<String> paths = new ArrayList<>();
        for (String key : List.of("user.dir", "java.home", "java.io.tmpdir")) {
            String value = System.getProperty(key);
            if (value != null && value.length() > 1) {
                paths.add(value);
            }
        }
        paths.add("/work/");
        paths.add(".jar");
        paths.add("target/classes");
        // CPython's asyncio sources are named in tracebacks exactly as python3 names them; nothing else is.
        paths.removeIf(Engine.CPYTHON_ASYNCIO::startsWith);
        return paths;
    }

    private static String excerpt(String text, String needle) {
        int at = text.indexOf(needle);
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)).replace('\n', '|');
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
