package org.loopscope.session.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.session.Outcome;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;

/** Recording variables changes nothing the program sees: no {@code __repr__} runs, no object gets its id early. */
class VariableSideEffectsTest {

    static final String NOISY = String.join("\n",
            "import asyncio",
            "",
            "",
            "class Noisy:",
            "    def __init__(self, x):",
            "        self.x = x",
            "",
            "    def __repr__(self):",
            "        print('repr called')",
            "        return 'Noisy!'",
            "",
            "",
            "async def main():",
            "    thing = Noisy(1)",
            "    items = [thing, 's', (1, 2.5)]",
            "    await asyncio.sleep(0)",
            "    other = object()",
            "    print(hex(id(other)), hex(id(thing)))",
            "    await asyncio.sleep(0)",
            "",
            "",
            "asyncio.run(main())",
            "");

    private static Outcome run(long budget, Session[] kept) throws InterruptedException {
        Session session = Session.start(RunInput.of(VariableRecorderTest.PATH, NOISY), budget);
        kept[0] = session;
        return session.awaitOutcome(Duration.ofSeconds(60)).orElseThrow();
    }

    @Test
    void theProgramPrintsTheSameWithAndWithoutRecording() throws InterruptedException {
        Session[] with = new Session[1];
        Session[] without = new Session[1];
        Outcome recorded = run(VariableLog.DEFAULT_BUDGET, with);
        Outcome plain = run(0, without);
        assertEquals(plain.stdout(), recorded.stdout(), "ids and output unchanged by recording");
        assertFalse(recorded.stdout().contains("repr called"), recorded.stdout());
        assertTrue(with[0].variables().taskSnapshots() > 0);
        assertEquals(0, without[0].variables().taskSnapshots());
    }

    @Test
    void userObjectsShowTheirAttributesNotTheirRepr() throws InterruptedException {
        Session[] with = new Session[1];
        run(VariableLog.DEFAULT_BUDGET, with);
        Session session = with[0];
        int end = session.snapshot().size();
        VariablesState state = VariablesBuilder.build(session.snapshot(), session.variables(), end, false, null);
        VariablesState.TaskVariables main = state.task("Task-1");
        assertEquals(new VariablesState.Variable("thing", "<Noisy object: x=1>", "Noisy"), main.find("thing"));
        assertEquals(new VariablesState.Variable("items", "[<Noisy object: x=1>, 's', (1, 2.5)]", "list"),
                main.find("items"));
        assertEquals("<object object>", main.find("other").value());
        assertEquals(List.of(), state.globals(), "the class Noisy is a definition: hidden by default");
        VariablesState all = VariablesBuilder.build(session.snapshot(), session.variables(), end, true, null);
        assertEquals(List.of("asyncio", "Noisy", "main"), all.globals().stream().map(v -> v.name()).toList());
        assertEquals("<class '__main__.Noisy'>", all.globals().get(1).value());
        assertEquals("<function main>", all.globals().get(2).value());
    }
}
