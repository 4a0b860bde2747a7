package org.loopscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code loopscope run FILE}: runs a script headless, prints what it prints and exits with Python's exit status.
 *
 * <p>This class only reads the command line and the file; running is the {@link ScriptRunner}'s job.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = LoopscopeCommand.VersionProvider.class,
        description = "Runs FILE on Loopscope's event loop, prints what it prints and exits with Python's status.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the Python script to run")
    private String file;

    @Option(names = "--seed", paramLabel = "N", description = "seed for the script's random module (default: 0)")
    private long seed;

    @Option(names = "--max-time", paramLabel = "SECONDS", converter = Seconds.class,
            description = "stop when the virtual clock passes SECONDS (for programs that run forever)")
    private Double maxTime;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class,
            description = "stop after SECONDS of wall-clock time")
    private Double timeout;

    @Option(names = "--real-time", description = "use the real clock instead of virtual time")
    private boolean realTime;

    @Option(names = "--interrupt-at", paramLabel = "SECONDS", converter = Seconds.class,
            description = "send Ctrl+C (KeyboardInterrupt) at this virtual time")
    private Double interruptAt;

    @Option(names = "--cancel", paramLabel = "TASKNAME@SECONDS", converter = CancelConverter.class,
            description = "cancel the named task at this virtual time, e.g. Task-2@1.5 (repeatable)")
    private List<TaskCancel> cancels = new ArrayList<>();

    @Option(names = "--trace", paramLabel = "PATH",
            description = "write a Chrome trace JSON to PATH (opens in Perfetto)")
    private Path chromeTrace;

    @Option(names = "--events", paramLabel = "PATH", description = "write the event log to PATH as JSON lines")
    private Path eventLog;

    @Option(names = "--svg", paramLabel = "PATH", description = "draw the timeline to PATH as SVG")
    private Path svg;

    @Option(names = "--png", paramLabel = "PATH", description = "draw the timeline to PATH as PNG")
    private Path png;

    @Option(names = "--summary", description = "print one JSON line about the run on stderr: total virtual time,"
            + " tasks, peak concurrency, blocked time, loop iterations, events")
    private boolean summary;

    private final ScriptRunner runner;

    /** @param runner runs the script once the command line and the file have been read */
    public RunCommand(ScriptRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public Integer call() {
        if (timeout != null && timeout == 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be more than 0 seconds");
        }
        ScriptSource script;
        try {
            script = ScriptSource.read(file);
        } catch (UnreadableScriptException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return e.exitStatus();
        }
        return runner.run(script, options(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** {@code run FILE} without options, as {@link #call} runs it, for a command line that needs no parsing. */
    static int runPlain(ScriptRunner runner, String file, PrintWriter out, PrintWriter err) {
        ScriptSource script;
        try {
            script = ScriptSource.read(file);
        } catch (UnreadableScriptException e) {
            err.println(e.getMessage());
            return e.exitStatus();
        }
        return runner.run(script, RunOptions.defaults(), out, err);
    }

    /** Returns the options as read from the command line. */
    RunOptions options() {
        return new RunOptions(seed, optional(maxTime), optional(timeout), realTime, optional(interruptAt), cancels,
                Optional.ofNullable(chromeTrace), Optional.ofNullable(eventLog), Optional.ofNullable(svg),
                Optional.ofNullable(png), summary);
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Turns {@code TASKNAME@SECONDS} into a {@link TaskCancel}, or a usage error. */
    static final class CancelConverter implements ITypeConverter<TaskCancel> {
        @Override
        public TaskCancel convert(String value) {
            try {
                return TaskCancel.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "': " + e.getMessage());
            }
        }
    }
}
