package org.loopscope.script;

import java.util.OptionalDouble;
import org.loopscope.engine.Clock;
import org.loopscope.engine.Engine;
import org.loopscope.engine.RunAborted;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.compile.Compiler;
import org.loopscope.script.interp.Constants;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Tracebacks;
import org.loopscope.script.modules.StandardModules;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Output;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.RunContext;
import org.loopscope.script.runtime.ScriptHost;
import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.Parser;
import org.loopscope.script.syntax.PySyntaxError;

/**
 * One run of a script, as {@code python3 FILE} runs it: parse, compile, execute as {@code __main__} on a fresh
 * engine, then report what CPython reports at exit (uncaught exception with its traceback, never-retrieved task
 * exceptions) and answer Python's exit status. Output goes to the given {@link Output}; nothing is thrown except
 * Java errors of Loopscope itself. Call {@link #run()} on a thread with a large stack.
 */
public final class ScriptExecution {

    /** The instructions a task step may run before the run is stopped as holding the loop. */
    public static final long DEFAULT_INSTRUCTION_BUDGET = 50_000_000L;

    /**
     * The characters a run may print on stdout and stderr together; past it the run stops with one
     * {@code loopscope:} line, so that a runaway print cannot fill memory or the disk.
     */
    public static final long OUTPUT_LIMIT = 50_000_000L;

    /**
     * How to run.
     *
     * @param seed              seed of the {@code random} module
     * @param instructionBudget instructions one task step may run
     * @param maxTime           virtual time after which the run stops
     * @param realTime          the real clock instead of the virtual one
     */
    public record Options(long seed, long instructionBudget, OptionalDouble maxTime, boolean realTime) {
    }

    private java.util.function.Consumer<Engine> onEngine = engine -> { };
    private boolean lineEvents;

    /**
     * Lets the caller attach instruments to the run's engine before anything runs; with {@code lineEvents}, the
     * VM also reports every source line a task reaches ({@link org.loopscope.engine.Instrument#line}).
     */
    public ScriptExecution instrumented(java.util.function.Consumer<Engine> attach, boolean lineEvents) {
        this.onEngine = attach;
        this.lineEvents = lineEvents;
        return this;
    }

    private double lineCost;

    /**
     * Gives every source line run while an event loop runs a cost of {@code seconds} of loop time (0 by default), so
     * that CPU-bound code holds the loop visibly; the clock passes as during a blocking call, without a blocked span.
     */
    public ScriptExecution lineCost(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("line cost must be finite seconds, zero or more: " + seconds);
        }
        this.lineCost = seconds;
        return this;
    }

    private final String path;
    private final String source;
    private final Output output;
    private final Options options;
    private volatile Interpreter interp;
    private volatile String pendingStop;

    /** A run of {@code source}, the file at the absolute {@code path}. */
    public ScriptExecution(String path, String source, Output output, Options options) {
        this.path = path;
        this.source = source;
        this.output = output;
        this.options = options;
    }

    /** The run's output up to {@link #OUTPUT_LIMIT} characters; the write that crosses it stops the run. */
    private Output capped(Output sink) {
        long[] written = {0};
        return new Output() {
            @Override
            public void write(Stream stream, String text) {
                if (written[0] >= OUTPUT_LIMIT) {
                    return;
                }
                long room = OUTPUT_LIMIT - written[0];
                written[0] += text.length();
                if (text.length() <= room) {
                    sink.write(stream, text);
                    return;
                }
                sink.write(stream, text.substring(0, (int) room));
                stop("the program printed more than " + OUTPUT_LIMIT + " characters (the output limit)");
            }

            @Override
            public void flush(Stream stream) {
                sink.flush(stream);
            }
        };
    }

    /** Asks the run to stop as soon as it can; it then ends with {@code loopscope: reason}. */
    public void stop(String reason) {
        pendingStop = reason;
        Interpreter in = interp;
        if (in != null) {
            in.requestStop(reason);
        }
    }

    /** Runs the script to its end and returns the process exit status. */
    public int run() {
        Engine engine = new Engine(new ScriptHost(), options.realTime() ? Clock.real() : Clock.virtual());
        options.maxTime().ifPresent(engine::timeLimit);
        onEngine.accept(engine);
        RunContext context = new RunContext(capped(output));
        Interpreter in = new Interpreter(context, engine, options.instructionBudget(),
                new StandardModules(options.seed(), path));
        interp = in;
        in.emitLineEvents(lineEvents || lineCost > 0);
        in.lineCost(lineCost);
        if (pendingStop != null) {
            in.requestStop(pendingStop);
        }
        try (RunContext.Scope scope = in.enter()) {
            Module module;
            CodeObject code;
            if (source.length() > Parser.MAX_SOURCE_CHARS) {
                error("loopscope: the script has " + source.length() + " characters, more than the limit of "
                        + Parser.MAX_SOURCE_CHARS + " (the source size limit)\n");
                return 1;
            }
            try {
                module = Parser.parseModule(source, path);
                code = Compiler.compile(module, Constants.INSTANCE);
            } catch (PySyntaxError e) {
                error(e.format());
                return 1;
            } catch (Constants.UnsupportedLiteral e) {
                error("loopscope: " + e.getMessage() + "\n");
                return 1;
            }
            Tracebacks printer = new Tracebacks(in, (file, line) -> sourceLine(module, file, line), true);
            in.setSourceLines((file, line) -> sourceLine(module, file, line));
            in.setTracebacks(printer);
            StandardModules.installLogger(in, new Tracebacks(in, (file, line) -> sourceLine(module, file, line),
                    false));
            PyModule main = in.newMainModule(path);
            in.registerModule("__main__", main);
            int status = 0;
            try {
                in.runModule(code, main);
            } catch (PyException e) {
                status = uncaught(e, printer);
            } catch (RunAborted aborted) {
                RunAborted first = in.aborted() != null ? in.aborted() : aborted;
                error("loopscope: " + first.getMessage() + "\n");
                return 1;
            }
            try {
                in.finalizeAtExit();
            } catch (RuntimeException | RunAborted ignored) {
                // a failing report must not hide the program's own outcome
            }
            return status;
        }
    }

    private String sourceLine(Module module, String file, int line) {
        if (!file.equals(path)) {
            return StandardModules.librarySourceLine(file, line);
        }
        String text = module.line(line);
        return line >= 1 && line <= module.sourceLines().size() ? text : null;
    }

    /** What CPython does with an exception that ends the program; returns the exit status. */
    private int uncaught(PyException e, Tracebacks printer) {
        if (e.type().isSubtype(ExcTypes.SYSTEM_EXIT)) {
            Object code = PyOps.getattr(e, "code");
            if (Py.isNone(code)) {
                return 0;
            }
            if (code instanceof Long || code instanceof Boolean || code instanceof java.math.BigInteger) {
                long value = code instanceof Boolean b ? (b ? 1 : 0) : ((Number) code).longValue();
                return (int) (value & 0xff);
            }
            error(PyOps.str(code) + "\n");
            return 1;
        }
        error(printer.format(e));
        return e.type().isSubtype(ExcTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    private void error(String text) {
        output.write(Output.Stream.STDERR, text);
    }
}
