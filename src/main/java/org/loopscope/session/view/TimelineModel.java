package org.loopscope.session.view;

import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;

/**
 * What the timeline shows of a trace, frozen at some number of events: one lane per event loop, then one per task in
 * creation order; each lane's {@link SliceSeries slices} (a task's states, or what the loop did, with a loop's blocked
 * spans in a series of their own because they lie inside its steps); timer and callback {@link MarkerSeries markers};
 * every {@link ArrowSeries await}; and the mapping between events, virtual time and loop iterations that places
 * them on either axis.
 *
 * <p>Immutable and safe to read from any thread. A live trace grows: {@link #extendedTo} makes the model of a newer
 * snapshot of the same recording by reading only what it added, sharing everything else with this model.
 *
 * <p><b>Positions.</b> On the iteration axis every loop iteration gets the same width and the events of an iteration
 * share it equally: the position of event {@code e} in iteration {@code j} (counting the iteration beginnings of every
 * loop of the trace, 0 before the first) is {@code j + (e - first) / count}, where {@code first} is the iteration's
 * first event and {@code count} its number of events. So a step that takes no virtual time still gets a width, in
 * proportion to the events it did. With a single loop, the whole part of a position is the loop's own iteration.
 */
public final class TimelineModel {

    private static final TimelineModel EMPTY = new TimelineModel(null, null, Lanes.NONE, ArrowSeries.Columns.EMPTY,
            new int[0], 0);

    private final ModelBuilder builder;
    private final Trace trace;
    private final EventLog events;
    private final Lanes lanes;
    private final ArrowSeries.Columns arrows;
    private final int[] iterationBegins;
    private final int iterationCount;
    private final int eventCount;
    private final double endTime;

    TimelineModel(ModelBuilder builder, Trace trace, Lanes lanes, ArrowSeries.Columns arrows, int[] iterationBegins,
            int iterationCount) {
        this.builder = builder;
        this.trace = trace;
        this.events = trace == null ? null : trace.events();
        this.lanes = lanes;
        this.arrows = arrows;
        this.iterationBegins = iterationBegins;
        this.iterationCount = iterationCount;
        this.eventCount = trace == null ? 0 : trace.size();
        this.endTime = trace == null ? 0 : trace.endTime();
    }

    /** The model of no run: no lanes, no events. */
    public static TimelineModel empty() {
        return EMPTY;
    }

    /** The model of {@code trace}, built from scratch. */
    public static TimelineModel of(Trace trace) {
        return new ModelBuilder().extend(trace);
    }

    /**
     * The model of {@code newer}, a later snapshot of the recording this model was made from: only what it added is
     * read. If {@code newer} is not such a snapshot, or this model is not the latest made from its recording (the
     * shared columns have moved on), the model is built from scratch instead.
     */
    public TimelineModel extendedTo(Trace newer) {
        if (builder == null || !continuedBy(newer)) {
            return of(newer);
        }
        if (!builder.isLatest(this)) {
            return new ModelBuilder(builder.recording).extend(newer);
        }
        return builder.extend(newer);
    }

    /** Whether this model and {@code earlier} come from the same recording and this one has at least its events. */
    public boolean continues(TimelineModel earlier) {
        return earlier == EMPTY || builder != null && earlier.builder != null
                && builder.recording == earlier.builder.recording && eventCount >= earlier.eventCount;
    }

    private boolean continuedBy(Trace newer) {
        if (newer.size() < eventCount || newer.taskCount() < taskCount() || newer.loopCount() < loopCount()) {
            return false;
        }
        if (eventCount == 0) {
            return true;
        }
        // The same recording has the same events: checking the last one catches a different run.
        int last = eventCount - 1;
        EventLog other = newer.events();
        return other.kind(last) == events.kind(last) && other.time(last) == events.time(last)
                && other.subject(last) == events.subject(last);
    }

    Lanes lanes() {
        return lanes;
    }

    // ---- lanes

    /** How many lanes: {@link #loopCount()} loops, then {@link #taskCount()} tasks. */
    public int laneCount() {
        return lanes.loopCount + lanes.taskCount;
    }

    /** How many event loops appear. */
    public int loopCount() {
        return lanes.loopCount;
    }

    /** How many tasks were created. */
    public int taskCount() {
        return lanes.taskCount;
    }

    /** Lane {@code index}. */
    public Lane lane(int index) {
        if (index < lanes.loopCount) {
            return new Lane(index, Lane.Kind.LOOP, index, -1, null, -1);
        }
        int task = index - lanes.loopCount;
        return new Lane(index, Lane.Kind.TASK, lanes.taskLoops[task], task, lanes.taskNames[task],
                lanes.taskParents[task]);
    }

    /** The lane of task {@code task}. */
    public int laneOfTask(int task) {
        return lanes.loopCount + task;
    }

    /** The lane of loop {@code loop}. */
    public int laneOfLoop(int loop) {
        return loop;
    }

    /** The task of lane {@code lane}, or -1 for a loop's lane. */
    public int taskOfLane(int lane) {
        return lane < lanes.loopCount ? -1 : lane - lanes.loopCount;
    }

    /** Task {@code task}'s name. */
    public String taskName(int task) {
        return lanes.taskNames[task];
    }

    /** The slices of lane {@code lane}: a task's states, or a loop's steps, callbacks and idle waits. */
    public SliceSeries slices(int lane) {
        if (lane < lanes.loopCount) {
            return new SliceSeries(lanes.loopSlices[lane], endTime, eventCount);
        }
        return new SliceSeries(lanes.taskSlices[lane - lanes.loopCount], endTime, eventCount);
    }

    /** The blocked spans of a loop's lane, each inside a step or callback of {@link #slices}; none for a task. */
    public SliceSeries blocked(int lane) {
        return new SliceSeries(lane < lanes.loopCount ? lanes.loopBlocked[lane] : SliceColumns.Frozen.EMPTY, endTime,
                eventCount);
    }

    /** The timers armed on lane {@code lane} (by its task, or by its loop outside any task), marked at deadlines. */
    public MarkerSeries timers(int lane) {
        return new MarkerSeries(lane, lane < lanes.loopCount ? lanes.loopTimers[lane]
                : lanes.taskTimers[lane - lanes.loopCount]);
    }

    /** The plain callbacks scheduled on lane {@code lane}, in order of time. */
    public MarkerSeries callbacks(int lane) {
        return new MarkerSeries(lane, lane < lanes.loopCount ? lanes.loopCallbacks[lane]
                : lanes.taskCallbacks[lane - lanes.loopCount]);
    }

    /** Every await, in the order the waits began. */
    public ArrowSeries arrows() {
        return new ArrowSeries(arrows);
    }

    /** Slice {@code k} of lane {@code lane} as a value. */
    public Slice slice(int lane, int k) {
        return slice(lane, k, slices(lane));
    }

    /** Blocked span {@code k} of lane {@code lane} as a value. */
    public Slice blockedSlice(int lane, int k) {
        return slice(lane, k, blocked(lane));
    }

    private Slice slice(int lane, int k, SliceSeries series) {
        return new Slice(lane, k, series.state(k), series.start(k), series.end(k), series.startEvent(k),
                series.endEvent(k), iterationOf(series.startEvent(k)), iterationOf(series.endEvent(k)),
                series.line(k), series.text(k), series.task(k), series.awaitedTask(k));
    }

    // ---- events, time and iterations

    /** How many events the model covers. */
    public int eventCount() {
        return eventCount;
    }

    /** The virtual time where the trace starts: 0. */
    public double startTime() {
        return 0;
    }

    /** The virtual time at the end of the trace (the end of a final idle or blocked span included). */
    public double endTime() {
        return endTime;
    }

    /** How many loop iterations began (of all loops); positions run from 0 to {@link #positionEnd()}. */
    public int iterationCount() {
        return iterationCount;
    }

    /** The position of the end of the trace: {@link #iterationCount()} + 1. */
    public double positionEnd() {
        return iterationCount + 1;
    }

    /**
     * The time of event {@code event}, which is where a cursor at {@code event} (after the first {@code event} events,
     * before this one) stands; for {@link #eventCount()}, the end of the trace.
     */
    public double timeOf(int event) {
        return event >= eventCount ? endTime : events.time(Math.max(0, event));
    }

    /** The loop's own iteration at event {@code event} (0 before its first); the last event's for the count. */
    public int iterationOf(int event) {
        if (eventCount == 0) {
            return 0;
        }
        return events.iteration(Math.min(Math.max(0, event), eventCount - 1));
    }

    /** The position of event {@code event} (0 ≤ event ≤ {@link #eventCount()}) on the iteration axis. */
    public double positionOf(int event) {
        if (event >= eventCount) {
            return positionEnd();
        }
        int e = Math.max(0, event);
        int j = beginsAtOrBefore(e);
        int first = j == 0 ? 0 : iterationBegins[j - 1];
        int next = j < iterationCount ? iterationBegins[j] : eventCount;
        return j + (double) (e - first) / (next - first);
    }

    /** The event boundary nearest to {@code position}: the cursor value a click there means. */
    public int eventAtPosition(double position) {
        if (position <= 0 || eventCount == 0) {
            return 0;
        }
        if (position >= positionEnd()) {
            return eventCount;
        }
        int j = (int) Math.floor(position);
        int first = j == 0 ? 0 : iterationBegins[j - 1];
        int next = j < iterationCount ? iterationBegins[j] : eventCount;
        return Math.min(eventCount, first + (int) Math.round((position - j) * (next - first)));
    }

    /** The first event whose position is at or after {@code position}, or {@link #eventCount()}. */
    public int firstEventAtOrAfterPosition(double position) {
        if (position <= 0 || eventCount == 0) {
            return 0;
        }
        if (position >= positionEnd()) {
            return eventCount;
        }
        int j = (int) Math.floor(position);
        int first = j == 0 ? 0 : iterationBegins[j - 1];
        int next = j < iterationCount ? iterationBegins[j] : eventCount;
        int e = first + (int) Math.ceil((position - j) * (next - first) - 1e-9);
        return Math.min(eventCount, Math.max(0, e));
    }

    /** The first event at or after {@code time} seconds, or {@link #eventCount()}: a cursor placed at that time. */
    public int eventAtTime(double time) {
        int low = 0;
        int high = eventCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (events.time(mid) < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The position of the first event at or after {@code time}: where an instant falls on the iteration axis. */
    public double positionOfTime(double time) {
        return positionOf(eventAtTime(time));
    }

    /** How many iteration beginnings are at or before event {@code event}. */
    private int beginsAtOrBefore(int event) {
        int low = 0;
        int high = iterationCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (iterationBegins[mid] <= event) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The frozen lanes of a model: task columns indexed by task, loop columns by loop. */
    record Lanes(int taskCount, String[] taskNames, int[] taskParents, int[] taskLoops,
            SliceColumns.Frozen[] taskSlices, MarkerColumns.Frozen[] taskTimers, MarkerColumns.Frozen[] taskCallbacks,
            int loopCount, SliceColumns.Frozen[] loopSlices, SliceColumns.Frozen[] loopBlocked,
            MarkerColumns.Frozen[] loopTimers, MarkerColumns.Frozen[] loopCallbacks) {

        static final Lanes NONE = new Lanes(0, new String[0], new int[0], new int[0], new SliceColumns.Frozen[0],
                new MarkerColumns.Frozen[0], new MarkerColumns.Frozen[0], 0, new SliceColumns.Frozen[0],
                new SliceColumns.Frozen[0], new MarkerColumns.Frozen[0], new MarkerColumns.Frozen[0]);
    }
}
