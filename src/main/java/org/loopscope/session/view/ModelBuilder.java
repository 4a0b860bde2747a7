package org.loopscope.session.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.TaskInterval;
import org.loopscope.trace.Trace;

/**
 * Builds the {@link TimelineModel}s of one recording: it reads only what a newer snapshot of the trace adds (new
 * tasks, new task intervals, new events) and appends it to columns shared by all the models it made, then freezes a
 * new model. Only the lanes that changed get new frozen views. One builder is used by one thread at a time.
 */
final class ModelBuilder {

    /** Which lane a marker goes on: task {@code t} is {@code t}, loop {@code l} is {@code -1 - l}. */
    private static int taskOwner(int task) {
        return task;
    }

    private static int loopOwner(int loop) {
        return -1 - loop;
    }

    // Tasks, in creation order.
    private String[] taskNames = new String[16];
    private int[] taskParents = new int[16];
    private int[] taskLoops = new int[16];
    private int taskCount;
    private final List<SliceColumns> taskSlices = new ArrayList<>();
    private final List<MarkerColumns> taskTimers = new ArrayList<>();
    private final List<MarkerColumns> taskCallbacks = new ArrayList<>();

    // Loops, in order of appearance.
    private final List<SliceColumns> loopSlices = new ArrayList<>();
    private final List<SliceColumns> loopBlocked = new ArrayList<>();
    private final List<MarkerColumns> loopTimers = new ArrayList<>();
    private final List<MarkerColumns> loopCallbacks = new ArrayList<>();
    private int[] openHandle = new int[0];
    private int[] handleTask = new int[0];
    private int[] running = new int[0];
    private final List<List<Integer>> pendingBlocked = new ArrayList<>();

    private final ArrowSeries.Growing arrows = new ArrowSeries.Growing();
    private int[] iterationBegins = new int[64];
    private int iterationCount;
    private int[] timerOwner = new int[16];
    private String[] timerText = new String[16];
    private int timerCount;

    private int eventsRead;
    private int intervalsRead;
    private final List<Integer> touchedTasks = new ArrayList<>();
    private boolean[] touched = new boolean[16];
    private TimelineModel latest;
    /** Shared by the builders of one recording (a model rebuilt from an older one keeps its recording's). */
    final Object recording;

    ModelBuilder(Object recording) {
        this.recording = recording;
    }

    ModelBuilder() {
        this(new Object());
    }

    /** Reads what {@code trace} has beyond what was read, and returns the model of all of it. */
    synchronized TimelineModel extend(Trace trace) {
        EventLog events = trace.events();
        for (int loop = loopSlices.size(); loop < trace.loopCount(); loop++) {
            addLoop();
        }
        for (int task = taskCount; task < trace.taskCount(); task++) {
            addTask(task, trace.taskName(task), trace.taskParent(task), events.loop(trace.taskSpawnEvent(task)));
        }
        for (int k = intervalsRead; k < trace.intervalCount(); k++) {
            addInterval(trace, events, trace.interval(k));
        }
        intervalsRead = trace.intervalCount();
        for (int i = eventsRead; i < trace.size(); i++) {
            readEvent(events, i);
        }
        eventsRead = trace.size();
        latest = freeze(trace);
        return latest;
    }

    /** Whether {@code model} is the last one this builder made (so it can be extended in place). */
    synchronized boolean isLatest(TimelineModel model) {
        return model == latest;
    }

    private void addLoop() {
        loopSlices.add(new SliceColumns(false));
        loopBlocked.add(new SliceColumns(false));
        loopTimers.add(new MarkerColumns());
        loopCallbacks.add(new MarkerColumns());
        pendingBlocked.add(new ArrayList<>());
        int loops = loopSlices.size();
        openHandle = Arrays.copyOf(openHandle, loops);
        handleTask = Arrays.copyOf(handleTask, loops);
        running = Arrays.copyOf(running, loops);
        openHandle[loops - 1] = -1;
        handleTask[loops - 1] = -1;
        running[loops - 1] = -1;
    }

    private void addTask(int task, String name, int parent, int loop) {
        if (task == taskNames.length) {
            int capacity = task * 2;
            taskNames = Arrays.copyOf(taskNames, capacity);
            taskParents = Arrays.copyOf(taskParents, capacity);
            taskLoops = Arrays.copyOf(taskLoops, capacity);
            touched = Arrays.copyOf(touched, capacity);
        }
        taskNames[task] = name;
        taskParents[task] = parent;
        taskLoops[task] = loop;
        taskSlices.add(new SliceColumns(true));
        taskTimers.add(null);
        taskCallbacks.add(null);
        taskCount = task + 1;
        touch(task);
    }

    private void addInterval(Trace trace, EventLog events, TaskInterval interval) {
        int task = interval.task();
        LaneState state = LaneState.of(interval.state());
        int awaited = -1;
        String text = null;
        if (state == LaneState.WAITING) {
            int future = events.subject(interval.startEvent());
            awaited = future < 0 ? -1 : trace.taskOfFuture(future);
            text = interval.awaiting();
            arrows.add(task, awaited, interval.start(), interval.startEvent(), text);
        } else if (state == LaneState.FAILED || state == LaneState.CANCELLED) {
            text = events.text(interval.startEvent());
        }
        taskSlices.get(task).add(state, interval.start(), 0, interval.startEvent(), 0, interval.line(), task, awaited,
                text);
        touch(task);
    }

    private void readEvent(EventLog events, int i) {
        EventKind kind = events.kind(i);
        int loop = events.loop(i);
        switch (kind) {
            case ITERATION_BEGIN -> {
                if (iterationCount == iterationBegins.length) {
                    iterationBegins = Arrays.copyOf(iterationBegins, iterationCount * 2);
                }
                iterationBegins[iterationCount++] = i;
            }
            case HANDLE_BEGIN -> {
                openHandle[loop] = i;
                handleTask[loop] = events.task(i);
            }
            case HANDLE_END -> handleEnd(events, loop, i);
            case IDLE -> loopSlices.get(loop).add(LaneState.IDLE, events.time(i), events.time(i) + events.value(i), i,
                    i, -1, -1, -1, null);
            case BLOCKED -> {
                if (openHandle[loop] >= 0) {
                    // A blocked span lies inside its step: it is added when the step ends, reaching to its end.
                    pendingBlocked.get(loop).add(i);
                } else {
                    addBlocked(events, loop, i, i);
                }
            }
            case STEP_BEGIN -> running[loop] = events.task(i);
            case STEP_END -> running[loop] = -1;
            case TIMER_ARMED -> timerArmed(events, loop, i);
            case TIMER_CANCELLED -> {
                int number = events.arg(i);
                if (number >= 0 && number < timerCount) {
                    timers(timerOwner[number]).add(Marker.Kind.TIMER_CANCELLED, events.value(i), i,
                            timerText[number]);
                }
            }
            case HANDLE_SCHEDULED -> {
                int owner = running[loop] >= 0 ? taskOwner(running[loop]) : loopOwner(loop);
                callbacks(owner).add(Marker.Kind.CALLBACK, events.time(i), i, events.text(i));
            }
            default -> {
                // The other kinds change no lane of the timeline.
            }
        }
    }

    private void handleEnd(EventLog events, int loop, int i) {
        int begin = openHandle[loop];
        if (begin < 0) {
            return;
        }
        int task = handleTask[loop];
        loopSlices.get(loop).add(task >= 0 ? LaneState.STEP : LaneState.CALLBACK, events.time(begin),
                events.time(i), begin, i, -1, task, -1, task >= 0 ? null : events.text(begin));
        for (int blocked : pendingBlocked.get(loop)) {
            addBlocked(events, loop, blocked, i);
        }
        pendingBlocked.get(loop).clear();
        openHandle[loop] = -1;
        handleTask[loop] = -1;
    }

    private void addBlocked(EventLog events, int loop, int event, int endEvent) {
        double from = events.time(event);
        loopBlocked.get(loop).add(LaneState.BLOCKED, from, from + events.value(event), event, endEvent, -1,
                events.task(event), -1, events.text(event));
    }

    private void timerArmed(EventLog events, int loop, int i) {
        int task = events.task(i);
        int owner = task >= 0 ? taskOwner(task) : loopOwner(loop);
        int number = events.arg(i);
        if (number >= 0) {
            if (number >= timerOwner.length) {
                int capacity = Math.max(number + 1, timerOwner.length * 2);
                timerOwner = Arrays.copyOf(timerOwner, capacity);
                timerText = Arrays.copyOf(timerText, capacity);
            }
            timerOwner[number] = owner;
            timerText[number] = events.text(i);
            timerCount = Math.max(timerCount, number + 1);
        }
        timers(owner).add(Marker.Kind.TIMER, events.value(i), i, events.text(i));
    }

    private MarkerColumns timers(int owner) {
        return markers(owner, taskTimers, loopTimers);
    }

    private MarkerColumns callbacks(int owner) {
        return markers(owner, taskCallbacks, loopCallbacks);
    }

    private MarkerColumns markers(int owner, List<MarkerColumns> ofTasks, List<MarkerColumns> ofLoops) {
        if (owner < 0) {
            return ofLoops.get(-1 - owner);
        }
        touch(owner);
        MarkerColumns columns = ofTasks.get(owner);
        if (columns == null) {
            columns = new MarkerColumns();
            ofTasks.set(owner, columns);
        }
        return columns;
    }

    private void touch(int task) {
        if (!touched[task]) {
            touched[task] = true;
            touchedTasks.add(task);
        }
    }

    /** A model of everything read so far: new frozen views for the changed lanes, the previous ones for the rest. */
    private TimelineModel freeze(Trace trace) {
        TimelineModel.Lanes before = latest == null ? TimelineModel.Lanes.NONE : latest.lanes();
        SliceColumns.Frozen[] slices = Arrays.copyOf(before.taskSlices(), taskCount);
        MarkerColumns.Frozen[] timers = Arrays.copyOf(before.taskTimers(), taskCount);
        MarkerColumns.Frozen[] callbacks = Arrays.copyOf(before.taskCallbacks(), taskCount);
        for (int task : touchedTasks) {
            slices[task] = taskSlices.get(task).freeze();
            timers[task] = frozen(taskTimers.get(task));
            callbacks[task] = frozen(taskCallbacks.get(task));
            touched[task] = false;
        }
        touchedTasks.clear();
        int loops = loopSlices.size();
        SliceColumns.Frozen[] loopFrozen = new SliceColumns.Frozen[loops];
        SliceColumns.Frozen[] blockedFrozen = new SliceColumns.Frozen[loops];
        MarkerColumns.Frozen[] loopTimersFrozen = new MarkerColumns.Frozen[loops];
        MarkerColumns.Frozen[] loopCallbacksFrozen = new MarkerColumns.Frozen[loops];
        for (int loop = 0; loop < loops; loop++) {
            loopFrozen[loop] = loopSlices.get(loop).freeze();
            blockedFrozen[loop] = loopBlocked.get(loop).freeze();
            loopTimersFrozen[loop] = loopTimers.get(loop).freeze();
            loopCallbacksFrozen[loop] = loopCallbacks.get(loop).freeze();
        }
        TimelineModel.Lanes lanes = new TimelineModel.Lanes(taskCount, taskNames, taskParents, taskLoops, slices,
                timers, callbacks, loops, loopFrozen, blockedFrozen, loopTimersFrozen, loopCallbacksFrozen);
        return new TimelineModel(this, trace, lanes, arrows.freeze(), iterationBegins, iterationCount);
    }

    private static MarkerColumns.Frozen frozen(MarkerColumns columns) {
        return columns == null ? MarkerColumns.Frozen.EMPTY : columns.freeze();
    }
}
