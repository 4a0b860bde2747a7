package org.loopscope.session.narration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.trace.Trace;

/** Prints the narration of every event of a script (a tool for reading the sentences; not a test). */
public final class NarrationDump {

    private NarrationDump() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]).toAbsolutePath();
        Session session = Session.start(RunInput.of(path.toString(), Files.readString(path)));
        session.demand(Long.MAX_VALUE / 2);
        session.awaitOutcome(Duration.ofMinutes(1));
        Trace trace = session.snapshot();
        Narrator narrator = new Narrator(Locale.ENGLISH);
        for (int i = 0; i < trace.size(); i++) {
            System.out.println(i + " " + trace.events().kind(i) + ": " + narrator.narrate(trace, i));
        }
    }
}
