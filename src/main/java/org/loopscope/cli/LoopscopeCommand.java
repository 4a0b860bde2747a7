package org.loopscope.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.loopscope.session.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code loopscope} command line: the top-level command, which only holds {@code --help}, {@code --version} and
 * the subcommands ({@code run}).
 *
 * <p>It promises never to show a Java stack trace: usage errors print picocli's message and the usage with exit
 * status 2, and an exception escaping a command prints one line, {@code loopscope: internal error: ...}, with exit
 * status 1.
 */
@Command(name = "loopscope", mixinStandardHelpOptions = true, versionProvider = LoopscopeCommand.VersionProvider.class,
        description = "Runs Python asyncio programs on Loopscope's event loop, in virtual time.%n"
                + "Without arguments, or with just a FILE, java -jar loopscope.jar opens the desktop app.")
public final class LoopscopeCommand implements Callable<Integer> {

    /** The exit status of a usage error, as python uses it. */
    public static final int USAGE_ERROR = 2;

    /** The exit status when Loopscope itself fails. */
    public static final int INTERNAL_ERROR = 1;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /**
     * Builds the command line with the given runner behind {@code run}, writing to {@code out} and {@code err}.
     */
    public static CommandLine commandLine(ScriptRunner runner, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new LoopscopeCommand());
        commandLine.addSubcommand(new RunCommand(runner));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new OneLineHandler());
        return commandLine;
    }

    /**
     * Runs the command line and returns the exit status; nothing it does escapes as an exception.
     *
     * @param runner runs scripts for {@code run}
     * @param out    standard output
     * @param err    standard error
     * @param args   the arguments, e.g. {@code run hello.py}
     */
    public static int execute(ScriptRunner runner, PrintWriter out, PrintWriter err, String... args) {
        try {
            if (isPlainRun(args)) {
                return RunCommand.runPlain(runner, args[1], out, err);
            }
            return commandLine(runner, out, err).execute(args);
        } catch (Throwable e) {
            // picocli passes Errors (StackOverflowError, OutOfMemoryError) through; they get one line as well.
            err.println(OneLineHandler.describe(e));
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs the command line on the process's standard streams and returns the exit status.
     *
     * <p>The streams are UTF-8 whatever the locale, as python's are in a C or POSIX locale and in UTF-8 mode.
     */
    public static int execute(String... args) {
        return execute(ScriptRunner.session(), utf8(FileDescriptor.out), utf8(FileDescriptor.err), args);
    }

    /**
     * Whether the arguments are just {@code run FILE}, which needs no option parsing: it skips building picocli's
     * model of the commands (reflection over their annotations), a good part of a short run's start. A FILE
     * beginning with {@code -} or {@code @} (an argument file) goes to picocli.
     */
    static boolean isPlainRun(String... args) {
        return args.length == 2 && args[0].equals("run") && !args[1].isEmpty() && args[1].charAt(0) != '-'
                && args[1].charAt(0) != '@';
    }

    /** Returns whether {@code arg}, as a first argument, asks for the command line rather than the app. */
    public static boolean isCommandLineWord(String arg) {
        return switch (arg) {
            case "run", "-h", "--help", "-V", "--version" -> true;
            default -> false;
        };
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }

    /** Prints {@code name version} for {@code --version}. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.current().nameAndVersion()};
        }
    }

    /** Reports an exception escaping a command as one line instead of a stack trace. */
    static final class OneLineHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
            commandLine.getErr().println(describe(e));
            return INTERNAL_ERROR;
        }

        static String describe(Throwable e) {
            Objects.requireNonNull(e);
            String message = e.getMessage();
            String what = e.getClass().getSimpleName();
            if (message != null && !message.isBlank()) {
                what += ": " + message.strip().replaceAll("\\s*\\R\\s*", " ");
            }
            return "loopscope: internal error: " + what;
        }
    }
}
