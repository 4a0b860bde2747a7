package org.loopscope.engine;

/** A task's step as a ready-queue callback: one small object per step (no lambda inside a wrapper). */
final class TaskStep implements Callback {

    private final Task task;
    private final RuntimeException error;

    TaskStep(Task task, RuntimeException error) {
        this.task = task;
        this.error = error;
    }

    @Override
    public void run() {
        task.step(error);
    }

    @Override
    public String describe() {
        return "Task.task_step()";
    }
}
