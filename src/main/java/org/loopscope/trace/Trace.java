package org.loopscope.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A recorded trace, frozen at some number of events: immutable and safe to read from any thread while the recorder
 * goes on. Besides the {@link EventLog events} it has what was derived from them while recording: the tasks,
 * each task's state intervals, the loop's intervals, who awaited whom, the cause of every scheduling, and
 * checkpoints every {@link #checkpointInterval()} events from which {@link #stateAt} replays.
 */
public final class Trace implements Lookup {

    private final EventLog events;
    private final IntChunks.View taskName;
    private final IntChunks.View taskCoroutine;
    private final IntChunks.View taskFuture;
    private final IntChunks.View taskSpawn;
    private final IntChunks.View taskParent;
    private final IntChunks.View taskFirst;
    private final Records.View intervals;
    private final Records.View loopIntervals;
    private final IntChunks.View outputs;
    private final IntChunks.View[] enqueue;
    private final Checkpoint[] checkpoints;
    private final int checkpointInterval;
    private volatile TraceSummary summary;

    Trace(TraceStore store, EventLog events, IntChunks.View[] enqueue, Checkpoint[] checkpoints) {
        this.events = events;
        this.taskName = store.taskName.view();
        this.taskCoroutine = store.taskCoroutine.view();
        this.taskFuture = store.taskFuture.view();
        this.taskSpawn = store.taskSpawn.view();
        this.taskParent = store.taskParent.view();
        this.taskFirst = store.taskFirst.view();
        this.intervals = store.intervals.view();
        this.loopIntervals = store.loopIntervals.view();
        this.outputs = store.outputs.view();
        this.enqueue = enqueue;
        this.checkpoints = checkpoints;
        this.checkpointInterval = store.checkpointInterval;
    }

    /** The events. */
    public EventLog events() {
        return events;
    }

    /** How many events there are. */
    public int size() {
        return events.size();
    }

    /** The loop time at the end of the trace: the last event's, or the end of a final idle or blocked span. */
    public double endTime() {
        return endTimeAt(events.size());
    }

    double endTimeAt(int n) {
        if (n == 0) {
            return 0;
        }
        EventKind last = events.kind(n - 1);
        double time = events.time(n - 1);
        return last == EventKind.IDLE || last == EventKind.BLOCKED ? time + events.value(n - 1) : time;
    }

    /** How many loops appear in the trace. */
    public int loopCount() {
        return enqueue.length;
    }

    /** How many events apart checkpoints are. */
    public int checkpointInterval() {
        return checkpointInterval;
    }

    // ---- tasks

    /** How many tasks were created (numbered from 0 in creation order). */
    public int taskCount() {
        return taskName.size();
    }

    /** Task {@code task}'s name when it was created ({@code Task-N} unless given). */
    public String taskName(int task) {
        return events.string(taskName.get(task));
    }

    /** The qualified name of the coroutine task {@code task} drives, as its {@code __qualname__} ({@code main}). */
    public String taskCoroutine(int task) {
        return events.string(taskCoroutine.get(task));
    }

    /** The event that created task {@code task}. */
    public int taskSpawnEvent(int task) {
        return taskSpawn.get(task);
    }

    /** The task whose step created task {@code task}, or -1. */
    public int taskParent(int task) {
        return taskParent.get(task);
    }

    /** The engine's id of task {@code task} (the id events use as subject). */
    public long taskFutureId(int task) {
        return taskFuture.get(task);
    }

    /** The task whose engine id is {@code futureId}, or -1 if it is not a task of this trace. */
    public int taskOfFuture(long futureId) {
        return TraceStore.search(taskFuture, futureId);
    }

    // ---- intervals

    /** How many task intervals there are. */
    public int intervalCount() {
        return intervals.size();
    }

    /** Task interval number {@code k}, in order of their start. */
    public TaskInterval interval(int k) {
        int taskState = intervals.get(k, TraceStore.IV_TASK_STATE);
        int start = intervals.get(k, TraceStore.IV_START);
        // An interval ends where the task's next one starts; a successor not in this snapshot does not count.
        int next = intervals.get(k, TraceStore.IV_NEXT);
        int end = next >= 0 && next < intervals.size() ? intervals.get(next, TraceStore.IV_START) : -1;
        return new TaskInterval(taskState >>> 3, TaskState.of(taskState & 7), start, end, events.time(start),
                end >= 0 ? events.time(end) : endTime(), intervals.get(k, TraceStore.IV_LINE),
                events.string(intervals.get(k, TraceStore.IV_TEXT)));
    }

    /** All task intervals, in order of their start. */
    public List<TaskInterval> intervals() {
        List<TaskInterval> all = new ArrayList<>(intervalCount());
        for (int k = 0; k < intervalCount(); k++) {
            all.add(interval(k));
        }
        return all;
    }

    /** Task {@code task}'s intervals, in order: its life from creation to the end of the trace, without gaps. */
    public List<TaskInterval> intervalsOf(int task) {
        List<TaskInterval> list = new ArrayList<>();
        int count = intervalCount();
        for (int k = taskFirst.get(task); k >= 0 && k < count; k = intervals.get(k, TraceStore.IV_NEXT)) {
            list.add(interval(k));
        }
        return list;
    }

    /** The loop's intervals, in order: steps, callbacks, idle waits and blocked spans. */
    public List<LoopInterval> loopIntervals() {
        List<LoopInterval> list = new ArrayList<>(loopIntervals.size());
        for (int k = 0; k < loopIntervals.size(); k++) {
            int kindTask = loopIntervals.get(k, TraceStore.LV_KIND_TASK);
            LoopActivity activity = LoopActivity.of(kindTask & 3);
            int start = loopIntervals.get(k, TraceStore.LV_START);
            int end = loopIntervals.get(k, TraceStore.LV_END);
            double from = events.time(start);
            double to = activity == LoopActivity.IDLE || activity == LoopActivity.BLOCKED
                    ? from + events.value(start) : events.time(end);
            list.add(new LoopInterval(activity, start, end, from, to, (kindTask >>> 2) - 1,
                    loopIntervals.get(k, TraceStore.LV_LINE)));
        }
        return list;
    }

    /** Who awaited whom and when: one edge per WAITING interval. */
    public List<AwaitEdge> awaitEdges() {
        List<AwaitEdge> edges = new ArrayList<>();
        for (int k = 0; k < intervalCount(); k++) {
            if ((intervals.get(k, TraceStore.IV_TASK_STATE) & 7) != TaskState.WAITING.ordinal()) {
                continue;
            }
            TaskInterval interval = interval(k);
            long future = events.subject(interval.startEvent());
            edges.add(new AwaitEdge(interval.task(), future < 0 ? -1 : taskOfFuture(future), future,
                    interval.awaiting(), interval.startEvent(), interval.endEvent(), interval.start(),
                    interval.end()));
        }
        return edges;
    }

    // ---- causes

    /**
     * Why event {@code event} happened, earliest first and ending with the event itself: the causes walked back
     * (see {@link EventLog#cause}) until a timer firing, a task's step, or a task's creation, which start a chain.
     * For a task woken by {@code asyncio.sleep}: timer fired, its callback ran, the future became done, the
     * wake-up was scheduled.
     */
    public List<Integer> causeChain(int event) {
        List<Integer> chain = new ArrayList<>();
        int i = event;
        while (i >= 0 && chain.size() < events.size()) {
            chain.add(i);
            EventKind kind = events.kind(i);
            if (i != event && (kind == EventKind.TIMER_FIRED || kind == EventKind.STEP_BEGIN
                    || kind == EventKind.TASK_SPAWNED)) {
                break;
            }
            i = events.cause(i);
        }
        Collections.reverse(chain);
        return chain;
    }

    // ---- state

    /**
     * The full derived state after the first {@code n} events (0 ≤ n ≤ {@link #size()}): tasks table, ready queues,
     * timers, running task, console output, counters. Replays at most {@link #checkpointInterval()} events from
     * the nearest checkpoint before {@code n}.
     */
    public TraceState stateAt(int n) {
        if (n < 0 || n > events.size()) {
            throw new IndexOutOfBoundsException("event " + n + " of " + events.size());
        }
        int c = Math.min(n / checkpointInterval, checkpoints.length - 1);
        return new TraceState(this, replay(checkpoints[c], n));
    }

    /** The same state as {@link #stateAt}, replayed from the very first event (to check checkpoints). */
    TraceState replayFromStart(int n) {
        return new TraceState(this, replay(checkpoints[0], n));
    }

    private Checkpoint replay(Checkpoint from, int n) {
        StateModel model = new StateModel(this, from);
        for (int i = from.events; i < n; i++) {
            EventKind kind = events.kind(i);
            double value = kind == EventKind.IDLE || kind == EventKind.BLOCKED ? events.value(i) : 0;
            model.apply(i, kind, events.loop(i), events.time(i), events.iteration(i), events.task(i),
                    events.arg(i), events.textRef(i), value);
        }
        return model.freeze();
    }

    /** The counters of the whole trace. */
    public TraceSummary summary() {
        TraceSummary known = summary;
        if (known == null) {
            known = stateAt(events.size()).summary();
            summary = known;
        }
        return known;
    }

    // ---- for TraceState and replay

    int outputEvent(int k) {
        return outputs.get(k);
    }

    @Override
    public int enqueued(int loop, int position) {
        return enqueue[loop].get(position);
    }

    @Override
    public String text(int ref) {
        return events.string(ref);
    }

    @Override
    public int timerLoop(int timer) {
        return events.loop(events.timerArmedBy(timer));
    }
}
