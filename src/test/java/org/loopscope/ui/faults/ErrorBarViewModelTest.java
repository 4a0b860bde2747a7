package org.loopscope.ui.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.ui.i18n.Message;

/** The fault boundary without a screen: what it catches, shows, logs, and how it treats repeats and a bad log. */
class ErrorBarViewModelTest {

    @TempDir
    Path dir;

    private final List<Runnable> queued = new ArrayList<>();
    private ErrorBarViewModel faults;

    private ErrorBarViewModel faults(Path logFolder) {
        faults = new ErrorBarViewModel("Loopscope 1.2", new FaultLog(logFolder), queued::add,
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
        return faults;
    }

    @AfterEach
    void closeLog() {
        if (faults != null) {
            faults.close();
        }
    }

    private void runQueued() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aGuardedExceptionIsLoggedAtOnceAndShownOnTheUiThread() throws Exception {
        ErrorBarViewModel bar = faults(dir.resolve("logs"));
        bar.guard(Fault.Where.EXPORT, () -> {
            throw new IllegalStateException("exporter broke");
        });
        assertThat(bar.faultProperty().get()).as("shown only on the UI thread").isNull();
        assertThat(Files.readString(bar.logFile())).contains("Loopscope 1.2").contains("while export")
                .contains("IllegalStateException: exporter broke").contains("\tat org.loopscope.ui.faults.");
        runQueued();
        assertThat(bar.faultProperty().get().where()).isEqualTo(Fault.Where.EXPORT);
        assertThat(bar.summary()).isEqualTo(Message.of("fault.summary", Message.of("fault.where.export")));
        assertThat(bar.details()).startsWith("Loopscope 1.2").contains("at: 2026-01-02T03:04:05Z")
                .contains("exporter broke").contains(bar.logFile().toString());
        bar.dismiss();
        assertThat(bar.faultProperty().get()).isNull();
        assertThat(bar.summary()).isNull();
    }

    @Test
    void aRepeatedFaultIsLoggedInFullOnlyAFewTimesButCounted() throws Exception {
        ErrorBarViewModel bar = faults(dir.resolve("logs"));
        for (int i = 0; i < 50; i++) {
            bar.guard(Fault.Where.TIMELINE, ErrorBarViewModelTest::paintThatAlwaysFails);
        }
        runQueued();
        String log = Files.readString(bar.logFile());
        assertThat(log.split("always fails", -1)).hasSize(ErrorBarViewModel.LOGGED_REPEATS + 1);
        assertThat(bar.countProperty().get()).isEqualTo(50);
        assertThat(bar.summary()).isEqualTo(Message.of("fault.summary.more", Message.of("fault.where.timeline"), 49));
    }

    private static void paintThatAlwaysFails() {
        throw new ArithmeticException("always fails");
    }

    @Test
    void aLogThatCannotBeWrittenStillLetsTheBarShowAndSaysWhy() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        ErrorBarViewModel bar = faults(file.resolve("logs"));
        bar.report(Fault.Where.BACKGROUND, new OutOfMemoryError("pretend"));
        runQueued();
        assertThat(bar.faultProperty().get().error()).hasMessage("pretend");
        assertThat(bar.details()).contains("log: not written (");
    }

    @Test
    void anInjectedFaultHitsOnlyTheNextGuardOfItsPlace() {
        ErrorBarViewModel bar = faults(dir.resolve("logs"));
        bar.failNext(Fault.Where.PANELS);
        int[] ran = new int[1];
        bar.guard(Fault.Where.EXPORT, () -> ran[0]++);
        bar.guard(Fault.Where.PANELS, () -> ran[0]++);
        bar.guard(Fault.Where.PANELS, () -> ran[0]++);
        runQueued();
        assertThat(ran[0]).isEqualTo(2);
        assertThat(bar.countProperty().get()).isEqualTo(1);
        assertThat(bar.faultProperty().get().error()).isInstanceOf(ErrorBarViewModel.InjectedFault.class);
    }

    @Test
    void theRethrowingBoundaryLetsExceptionsThrough() {
        assertThatThrownBy(() -> FaultBoundary.RETHROW.guard(Fault.Where.VIEW, () -> {
            throw new IllegalArgumentException("seen");
        })).hasMessage("seen");
    }
}
