package org.loopscope.session.predict;

/**
 * One answer a learner can pick in predict mode: a task that could run next, the loop waiting for a timer, or a
 * line the program could print next. Two choices are the same answer when they are equal.
 */
public sealed interface Choice {

    /** The task of this name runs the next step. */
    record RunsTask(String task) implements Choice {
    }

    /** No task is ready: the loop waits for a timer before the next step. */
    record LoopWaits() implements Choice {
    }

    /** The program prints this line next (without its line end). */
    record Prints(String text) implements Choice {
    }
}
