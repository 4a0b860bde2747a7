package org.loopscope.ui.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The app's fault log: {@code loopscope.0.log} in a folder of the config folder, rotated at {@link #LIMIT_BYTES}
 * with {@link #GENERATIONS} files kept (the older ones {@code loopscope.1.log}, ...), so it never grows without
 * bound. It writes only to the file, never to the console. The file is opened at the first fault; if it cannot be
 * (a read-only folder), faults are still shown, and {@link #problem()} says why the log is missing.
 */
public final class FaultLog implements AutoCloseable {

    /** The size at which the log moves on to a new file. */
    public static final int LIMIT_BYTES = 1_000_000;
    /** How many files the log keeps. */
    public static final int GENERATIONS = 3;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.systemDefault());

    private final Path folder;
    private Logger logger;
    private FileHandler handler;
    private String problem;

    /** A log in {@code folder}, created when first written to. */
    public FaultLog(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The current log file. */
    public Path file() {
        return folder.resolve("loopscope.0.log");
    }

    /** Appends one entry: a heading line, then the text (a stack trace). */
    public synchronized void write(String heading, String text) {
        if (!open()) {
            return;
        }
        logger.log(Level.SEVERE, heading + System.lineSeparator() + text);
        handler.flush();
    }

    /** Why the log could not be written, if it could not. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private boolean open() {
        if (handler != null) {
            return true;
        }
        if (problem != null) {
            return false;
        }
        try {
            Files.createDirectories(folder);
            // %g numbers the files; the newest is always generation 0.
            handler = new FileHandler(folder.toString().replace("%", "%%") + "/loopscope.%g.log", LIMIT_BYTES,
                    GENERATIONS, true);
        } catch (IOException | RuntimeException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            return false;
        }
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return TIME.format(record.getInstant()) + " " + record.getMessage() + System.lineSeparator();
            }
        });
        // A logger of its own: nothing goes up to the root logger's console handler.
        logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
        return true;
    }

    @Override
    public synchronized void close() {
        if (handler != null) {
            logger.removeHandler(handler);
            handler.close();
            handler = null;
        }
    }
}
