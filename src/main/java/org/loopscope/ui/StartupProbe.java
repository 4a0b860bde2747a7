package org.loopscope.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * A measurable start: with {@code -Dloopscope.startupProbe=true} the app prints, on standard output, how long after
 * the process started its window's first pulse came (the first layout of the window, whose frame is then handed to
 * the renderer), and with {@code =exit} it then quits. {@code scripts/bench/startup.sh} reads that line.
 *
 * <p>The line: {@code loopscope.startup first-pulse-ms=812 main-ms=305 cpu-ms=1900}, where {@code main-ms} is when
 * {@code main} began, so the JVM's own start can be told from the app's, and {@code cpu-ms} the processor time the
 * whole process used until then (all threads: the JIT compilers and the collector too), which a busy machine does not
 * stretch as it stretches wall time.
 */
public final class StartupProbe {

    private final boolean exit;
    private final long mainNanos;

    private StartupProbe(boolean exit, long mainNanos) {
        this.exit = exit;
        this.mainNanos = mainNanos;
    }

    /**
     * The probe {@code -Dloopscope.startupProbe} asks for, if any; {@code mainNanos} is {@code System.nanoTime()}
     * when the app's class was loaded, at the start of {@code main}.
     */
    public static Optional<StartupProbe> fromSystemProperties(long mainNanos) {
        String value = System.getProperty("loopscope.startupProbe", "").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> Optional.of(new StartupProbe(false, mainNanos));
            case "exit" -> Optional.of(new StartupProbe(true, mainNanos));
            default -> Optional.empty();
        };
    }

    /** Prints the line at the scene's first pulse. */
    public void watch(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long now = System.nanoTime();
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            long sinceStart = Duration.between(started, Instant.now()).toMillis();
            long mainAt = sinceStart - (now - mainNanos) / 1_000_000L;
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.printf(Locale.ROOT, "loopscope.startup first-pulse-ms=%d main-ms=%d cpu-ms=%d%n", sinceStart,
                    mainAt, cpu);
            System.out.flush();
            if (exit) {
                // After this pulse's frame is rendered.
                Platform.runLater(() -> Platform.runLater(Platform::exit));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
