package org.loopscope.trace;

import java.util.IdentityHashMap;
import java.util.Map;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Task;
import org.loopscope.engine.TimerHandle;

/**
 * The writing side of a {@link TraceRecorder}: appends events to the store, advances the derived state (which
 * builds the intervals), takes a checkpoint every {@code checkpointInterval} events and publishes an immutable
 * {@link Trace} every {@value #PUBLISH_EVERY} events (and when told). Also numbers loops, tasks and timers.
 */
final class EventWriter {

    static final int PUBLISH_EVERY = 4096;

    final TraceStore store;
    final StateModel model;
    private final Map<EventLoop, Integer> loops = new IdentityHashMap<>();
    private final String[] rawCallback = new String[256];
    private final int[] rawCallbackRef = new int[256];
    private int untilCheckpoint;
    private volatile Trace published;
    private int unpublished;
    private EventLoop lastLoop;
    private int lastLoopIndex;
    private Task lastTask;
    private int lastTaskIndex = -1;

    EventWriter(int checkpointInterval) {
        store = new TraceStore(checkpointInterval);
        model = new StateModel(store, new IntervalBuilder());
        store.addCheckpoint(model.freeze());
        untilCheckpoint = checkpointInterval;
        publish();
    }

    /** Freezes everything written so far as the published trace (on the writing thread). */
    void publish() {
        published = store.freeze();
        unpublished = 0;
    }

    /** About the bytes the trace written so far takes (on the writing thread). */
    long bytes() {
        return store.bytes() + model.bytes();
    }

    /** The last published trace (any thread). */
    Trace published() {
        return published;
    }

    /** The last loop an event was written for, or null. */
    EventLoop lastLoop() {
        return lastLoop;
    }

    /** Appends an event, applies it to the derived state, checkpoints and publishes when due; returns its index. */
    int emit(EventKind kind, int flags, EventLoop loop, double time, int task, int subject, int arg,
            int text, double value) {
        int loopIndex = loop == null ? 0 : loopIndex(loop);
        if (loop == null) {
            store.enqueueLog(0);
        }
        int iteration = loop == null ? 0 : (int) loop.iterations();
        int index = store.append(kind, flags, loopIndex, time, iteration, task, subject, arg, text);
        model.apply(index, kind, loopIndex, time, iteration, task, arg, text, value);
        if (--untilCheckpoint == 0) {
            store.addCheckpoint(model.freeze());
            untilCheckpoint = store.checkpointInterval;
        }
        if (++unpublished >= PUBLISH_EVERY) {
            publish();
        }
        return index;
    }

    /** The string reference of a callback's description without its source suffix, cached by identity. */
    int callbackRef(String raw) {
        int slot = System.identityHashCode(raw) & (rawCallback.length - 1);
        if (rawCallback[slot] == raw) {
            return rawCallbackRef[slot];
        }
        int ref = store.strings.intern(Descriptions.callback(raw));
        rawCallback[slot] = raw;
        rawCallbackRef[slot] = ref;
        return ref;
    }

    /** The loop's time; for actions outside any loop, the time of the last loop seen. */
    double timeOf(EventLoop loop) {
        EventLoop known = loop != null ? loop : lastLoop;
        return known == null ? 0 : known.time();
    }

    /** The trace's number of {@code loop}, given on first sight. */
    int loopIndex(EventLoop loop) {
        if (loop == lastLoop) {
            return lastLoopIndex;
        }
        Integer index = loops.get(loop);
        if (index == null) {
            index = loops.size();
            loops.put(loop, index);
            store.enqueueLog(index);
        }
        lastLoop = loop;
        lastLoopIndex = index;
        return index;
    }

    /** Numbers a new task (spawned by task {@code parent}, or -1), registered as spawned by the next event. */
    int addTask(Task task, int parent) {
        int index = store.taskName.size();
        store.taskName.add(store.strings.add(task.getName()));
        store.taskCoroutine.add(store.strings.intern(task.getCoro().qualifiedName()));
        store.taskFuture.add((int) task.id());
        store.taskSpawn.add(store.size());
        store.taskParent.add(parent);
        store.taskFirst.add(-1);
        store.taskLast.add(-1);
        lastTask = task;
        lastTaskIndex = index;
        return index;
    }

    /** The trace's number of {@code task}, or -1 if it was created before recording began. */
    int indexOf(Task task) {
        if (task == lastTask) {
            return lastTaskIndex;
        }
        // Tasks often come in creation order (a FIFO ready queue of tasks spawned together): try the next one.
        int id = (int) task.id();
        int next = lastTaskIndex + 1;
        int index = next < store.taskFuture.size() && store.taskFuture.get(next) == id ? next
                : TraceStore.search(store.taskFuture, id);
        lastTask = task;
        lastTaskIndex = index;
        return index;
    }

    /** The event that put handle {@code id} in the ready queue: the queue is FIFO, so it is near the front. */
    int scheduledBy(int loop, int id) {
        IntChunks log = store.enqueueLog(loop);
        for (int position = model.head[loop]; position < model.tail[loop]; position++) {
            int event = log.get(position);
            if (store.event(event, TraceStore.SUBJECT) == id) {
                return event;
            }
        }
        return -1;
    }

    /** The trace's number of an armed timer, or -1. */
    int timerNumber(TimerHandle timer) {
        int number = store.timerEvent.size() - 1;
        int id = (int) timer.id();
        // Timers are numbered in the order they were armed, which is the order of their ids: search back.
        int low = 0;
        int high = number;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int found = store.event(store.timerEvent.get(mid), TraceStore.SUBJECT);
            if (found < id) {
                low = mid + 1;
            } else if (found > id) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Turns the model's state changes into intervals in the store. */
    private final class IntervalBuilder implements StateModel.Listener {
        @Override
        public void taskState(int task, TaskState from, TaskState to, int event, int line, int awaiting) {
            store.addInterval(task, to, event, line, awaiting);
        }

        @Override
        public void loopSpan(LoopActivity activity, int start, int end, int task, int line) {
            store.addLoopInterval(activity, start, end, task, line);
        }
    }
}
