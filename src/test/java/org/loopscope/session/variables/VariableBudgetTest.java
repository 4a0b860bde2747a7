package org.loopscope.session.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loopscope.session.Session;

/** The recording keeps to its memory budget and says from where on it knows nothing. */
class VariableBudgetTest {

    @Test
    void recordingStopsAtTheBudgetAndTheStateSaysSo() throws InterruptedException {
        long budget = 4_000;
        Session session = VariableRecorderTest.finished(VariableRecorderTest.TWO_WORKERS, budget);
        VariableLog log = session.variables();
        int cut = log.cutAt();
        assertTrue(cut > 0, "the budget was spent during the run");
        assertTrue(log.bytes() <= budget, log.bytes() + " bytes");
        int size = session.snapshot().size();
        assertTrue(cut < size);

        VariablesState after = VariableRecorderTest.at(session, cut);
        assertTrue(after.cut());
        assertEquals(cut, after.cutAt());
        assertEquals(budget, after.budgetBytes());
        assertTrue(after.tasks().isEmpty(), "nothing stale is shown past the cut");

        VariablesState before = VariableRecorderTest.at(session, cut - 1);
        assertFalse(before.cut());
        // Up to the cut the states are those of a run with a budget large enough.
        Session full = VariableRecorderTest.finished(VariableRecorderTest.TWO_WORKERS, VariableLog.DEFAULT_BUDGET);
        for (int p = 0; p < cut; p += 7) {
            VariablesState expected = VariableRecorderTest.at(full, p);
            VariablesState actual = VariableRecorderTest.at(session, p);
            assertEquals(expected.tasks(), actual.tasks(), "position " + p);
            assertEquals(expected.globals(), actual.globals(), "position " + p);
        }
    }

    @Test
    void aLogFindsTheLatestSnapshotAtOrBeforeAPosition() {
        VariableLog log = new VariableLog(1_000);
        TaskSnapshot first = new TaskSnapshot(new FrameSnapshot[0], null);
        TaskSnapshot second = new TaskSnapshot(new FrameSnapshot[0], new TaskSnapshot.Outcome("done", "1"));
        assertTrue(log.addTask(0, 5, first, 100));
        assertTrue(log.addTask(0, 9, second, 100));
        assertNull(log.task(0, 4));
        assertEquals(first, log.task(0, 5));
        assertEquals(first, log.task(0, 8));
        assertEquals(second, log.task(0, 100));
        assertNull(log.task(3, 100), "a task never snapshot");
        assertFalse(log.addTask(1, 12, first, 2_000), "over the budget");
        assertEquals(12, log.cutAt());
        assertFalse(log.addTask(1, 13, first, 1), "nothing more once cut");
        assertNotNull(log.task(0, 100));
        assertEquals(232, log.bytes(), "two entries of 100 bytes and 16 each");
    }
}
