package org.loopscope.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.Task;

/**
 * Delivers a run's interventions to its engine as outside events: those at a time when the clock reaches it (the
 * engine's {@link Engine#atTime}), those at a loop iteration at that iteration's start (an instrument that counts
 * iterations over all loops hands them to the engine, which delivers them right after). Remembers which were
 * delivered, so the session can say which never were.
 */
final class InterventionDelivery implements Instrument {

    private final Engine engine;
    private final List<Intervention> interventions;
    private final boolean[] delivered;
    private final Consumer<String> notes;
    private int iterations;

    private InterventionDelivery(Engine engine, List<Intervention> interventions, Consumer<String> notes) {
        this.engine = engine;
        this.interventions = interventions;
        this.delivered = new boolean[interventions.size()];
        this.notes = notes;
    }

    /** Schedules {@code interventions} on {@code engine}; notes about them go to {@code notes}. */
    static InterventionDelivery attach(Engine engine, List<Intervention> interventions, Consumer<String> notes) {
        InterventionDelivery delivery = new InterventionDelivery(engine, interventions, notes);
        boolean byIteration = false;
        for (int k = 0; k < interventions.size(); k++) {
            Intervention intervention = interventions.get(k);
            if (intervention.when() instanceof Intervention.AtTime at) {
                int index = k;
                engine.atTime(at.seconds(), intervention.describe(), () -> delivery.deliver(index));
            } else {
                byIteration = true;
            }
        }
        if (byIteration) {
            engine.instruments().add(delivery);
        }
        return delivery;
    }

    @Override
    public void iterationBegin(EventLoop loop, long iteration) {
        iterations++;
        for (int k = 0; k < interventions.size(); k++) {
            Intervention intervention = interventions.get(k);
            if (intervention.when() instanceof Intervention.AtIteration at && at.iteration() == iterations) {
                int index = k;
                // Due now: the engine delivers it right after this call, before the iteration does anything.
                engine.atTime(engine.clock().now(), intervention.describe(), () -> deliver(index));
            }
        }
    }

    private void deliver(int index) {
        delivered[index] = true;
        Intervention intervention = interventions.get(index);
        if (intervention instanceof Intervention.CancelTask cancel) {
            Task task = find(cancel.taskName());
            if (task == null) {
                notes.accept(cancel.describe() + ": no pending task has that name then");
            } else {
                task.cancel(cancel.message());
            }
        } else {
            engine.interrupt();
        }
    }

    /** The oldest pending task named {@code name} in any loop, or null. */
    private Task find(String name) {
        Task found = null;
        for (EventLoop loop : engine.loops()) {
            for (Task task : loop.allTasks()) {
                if (!task.done() && task.getName().equals(name) && (found == null || task.id() < found.id())) {
                    found = task;
                }
            }
        }
        return found;
    }

    /** Notes for the interventions never delivered, the program having ended at {@code endTime}. */
    List<String> undelivered(double endTime) {
        List<String> list = new ArrayList<>();
        for (int k = 0; k < interventions.size(); k++) {
            if (!delivered[k]) {
                list.add(interventions.get(k).describe() + ": not delivered, the program ended first (at "
                        + Numbers.seconds(endTime) + " s)");
            }
        }
        return list;
    }
}
