package org.loopscope.engine.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.loopscope.engine.EngineHost;
import org.loopscope.engine.ErrorType;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;

/**
 * A coroutine built with {@link Py}: walks its statement tree, suspending exactly at each {@code await} and bare
 * {@code yield}, as the Python {@code async def} it mirrors would. Exceptions thrown in at a suspension point
 * unwind through {@code try}/{@code except}/{@code finally} as in Python; {@code return}, {@code break} and
 * {@code continue} run the {@code finally} clauses they leave.
 */
public final class PyCoroutine extends StepCoroutine {

    /** How a statement ended other than by falling through: Python's abrupt completions. */
    private sealed interface Abrupt {
    }

    private record Raising(RuntimeException error) implements Abrupt {
    }

    private record Returning(Object value) implements Abrupt {
    }

    private record Breaking() implements Abrupt {
    }

    private record Continuing() implements Abrupt {
    }

    private enum Phase { BLOCK, LOOP, TRY_BODY, TRY_HANDLER, TRY_ELSE, TRY_FINALLY }

    /** One block being executed, with what it belongs to (a loop, a clause of a try) and where it is. */
    private static final class Frame {
        final Stmt owner;
        Phase phase;
        List<Stmt> block;
        int pc;
        Iterator<?> items;
        RuntimeException handling;
        Abrupt saved;

        Frame(Stmt owner, Phase phase, List<Stmt> block) {
            this.owner = owner;
            this.phase = phase;
            this.block = block;
        }
    }

    private final EngineHost host;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Vars vars = new Vars();
    private Stmt.Await awaiting;
    private String file;
    private int firstLine;
    private int line;

    PyCoroutine(String name, EngineHost host, List<Stmt> body) {
        super(name);
        this.host = host;
        stack.push(new Frame(null, Phase.BLOCK, body));
    }

    /**
     * Makes the repr read as CPython's for a coroutine defined at {@code file:defLine}: {@code name() running at
     * file:N} (N set by {@link Py.Block#line}) and {@code name() done, defined at file:defLine} once finished.
     */
    public PyCoroutine definedAt(String file, int defLine) {
        this.file = file;
        this.firstLine = defLine;
        this.line = defLine;
        return this;
    }

    /** The coroutine's variables (to read results after the run). */
    public Vars vars() {
        return vars;
    }

    @Override
    public String describe() {
        if (file == null) {
            return super.describe();
        }
        return finished() ? qualifiedName() + "() done, defined at " + file + ":" + firstLine
                : qualifiedName() + "() running at " + file + ":" + line;
    }

    @Override
    protected Resumption resume(Object value, RuntimeException error) {
        Abrupt abrupt = null;
        if (error != null) {
            abrupt = new Raising(error);
        } else if (awaiting != null) {
            vars.last(value);
            if (awaiting.target() != null) {
                vars.set(awaiting.target(), value);
            }
        }
        awaiting = null;
        while (true) {
            if (abrupt != null) {
                abrupt = unwind(abrupt);
                if (abrupt != null) {
                    return finish(abrupt);
                }
                continue;
            }
            Frame frame = stack.peek();
            if (frame == null) {
                return returnValue(null);
            }
            try {
                if (frame.pc == frame.block.size()) {
                    abrupt = blockEnded(frame);
                    continue;
                }
                Stmt stmt = frame.block.get(frame.pc++);
                if (stmt instanceof Stmt.Await await) {
                    Object awaitable = await.awaitable().apply(vars);
                    awaiting = await;
                    return await(awaitable);
                }
                if (stmt instanceof Stmt.YieldNow) {
                    return yieldNow();
                }
                abrupt = execute(stmt);
            } catch (RuntimeException raised) {
                abrupt = new Raising(raised);
            }
        }
    }

    /** Runs a statement that does not suspend; answers how it ended abruptly, or null. */
    private Abrupt execute(Stmt stmt) {
        if (stmt instanceof Stmt.Exec exec) {
            exec.action().accept(vars);
        } else if (stmt instanceof Stmt.Line mark) {
            line = mark.number();
        } else if (stmt instanceof Stmt.Return ret) {
            return new Returning(ret.value().apply(vars));
        } else if (stmt instanceof Stmt.Raise raise) {
            return new Raising(raise.error() != null ? raise.error().apply(vars) : activeException());
        } else if (stmt instanceof Stmt.Break) {
            return new Breaking();
        } else if (stmt instanceof Stmt.Continue) {
            return new Continuing();
        } else if (stmt instanceof Stmt.If branch) {
            stack.push(new Frame(branch, Phase.BLOCK, branch.cond().test(vars) ? branch.then() : branch.orElse()));
        } else if (stmt instanceof Stmt.For loop) {
            Frame frame = new Frame(loop, Phase.LOOP, loop.body());
            frame.items = loop.items().apply(vars).iterator();
            if (frame.items.hasNext()) {
                vars.set(loop.var(), frame.items.next());
                stack.push(frame);
            }
        } else if (stmt instanceof Stmt.While loop) {
            if (loop.cond().test(vars)) {
                stack.push(new Frame(loop, Phase.LOOP, loop.body()));
            }
        } else if (stmt instanceof Stmt.Try attempt) {
            stack.push(new Frame(attempt, Phase.TRY_BODY, attempt.body()));
        } else {
            throw new IllegalStateException("unexpected statement " + stmt);
        }
        return null;
    }

    /** What a bare {@code raise} raises: the exception being handled. */
    private RuntimeException activeException() {
        if (vars.exc() == null) {
            return host.newError(ErrorType.RUNTIME_ERROR, "No active exception to reraise");
        }
        return vars.exc();
    }

    /** The frame's block fell through its end: go on to the next clause or iteration, or leave the frame. */
    private Abrupt blockEnded(Frame frame) {
        switch (frame.phase) {
            case BLOCK -> pop();
            case LOOP -> nextIteration(frame);
            case TRY_BODY -> {
                Stmt.Try attempt = (Stmt.Try) frame.owner;
                if (!attempt.orElse().isEmpty()) {
                    enter(frame, Phase.TRY_ELSE, attempt.orElse());
                } else {
                    return leaveTry(frame, null);
                }
            }
            case TRY_HANDLER, TRY_ELSE -> {
                return leaveTry(frame, null);
            }
            case TRY_FINALLY -> {
                pop();
                return frame.saved;
            }
            default -> throw new IllegalStateException();
        }
        return null;
    }

    private void nextIteration(Frame frame) {
        boolean again;
        if (frame.owner instanceof Stmt.For loop) {
            again = frame.items.hasNext();
            if (again) {
                vars.set(loop.var(), frame.items.next());
            }
        } else {
            again = ((Stmt.While) frame.owner).cond().test(vars);
        }
        if (again) {
            frame.pc = 0;
        } else {
            pop();
        }
    }

    /** Leaves a try statement with {@code pending} (null: normally), through its finally clause if it has one. */
    private Abrupt leaveTry(Frame frame, Abrupt pending) {
        Stmt.Try attempt = (Stmt.Try) frame.owner;
        if (attempt.fin().isEmpty()) {
            pop();
            return pending;
        }
        frame.saved = pending;
        enter(frame, Phase.TRY_FINALLY, attempt.fin());
        return null;
    }

    /** Propagates an abrupt completion outwards; null once something caught it and execution can go on. */
    private Abrupt unwind(Abrupt abrupt) {
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            switch (frame.phase) {
                case BLOCK -> pop();
                case LOOP -> {
                    if (abrupt instanceof Breaking) {
                        pop();
                        return null;
                    }
                    if (abrupt instanceof Continuing) {
                        nextIteration(frame);
                        return null;
                    }
                    pop();
                }
                case TRY_BODY -> {
                    if (abrupt instanceof Raising raising) {
                        Stmt.Handler handler = handlerFor(((Stmt.Try) frame.owner), raising.error());
                        if (handler != null) {
                            frame.handling = raising.error();
                            enter(frame, Phase.TRY_HANDLER, handler.body());
                            return null;
                        }
                    }
                    abrupt = leaveTry(frame, abrupt);
                    if (abrupt == null) {
                        return null;
                    }
                }
                case TRY_HANDLER, TRY_ELSE -> {
                    abrupt = leaveTry(frame, abrupt);
                    if (abrupt == null) {
                        return null;
                    }
                }
                case TRY_FINALLY -> pop();
                default -> throw new IllegalStateException();
            }
        }
        return abrupt;
    }

    private Resumption finish(Abrupt abrupt) {
        if (abrupt instanceof Raising raising) {
            throw raising.error();
        }
        if (abrupt instanceof Returning returning) {
            return returnValue(returning.value());
        }
        throw new IllegalStateException("'break' or 'continue' outside loop");
    }

    private Stmt.Handler handlerFor(Stmt.Try attempt, RuntimeException error) {
        for (Stmt.Handler handler : attempt.handlers()) {
            if (matches(handler.type(), error)) {
                return handler;
            }
        }
        return null;
    }

    /** {@code isinstance(error, type)} by class name: the engine's own types through the host, others by name. */
    private boolean matches(String type, RuntimeException error) {
        if (type == null) {
            return true;
        }
        for (ErrorType known : ErrorType.values()) {
            if (known.pythonName().equals(type)) {
                return host.isInstance(error, known);
            }
        }
        return Transcript.typeName(error).equals(type);
    }

    private void enter(Frame frame, Phase phase, List<Stmt> block) {
        frame.phase = phase;
        frame.block = block;
        frame.pc = 0;
        if (phase != Phase.TRY_HANDLER) {
            frame.handling = null;
        }
        refreshHandling();
    }

    private void pop() {
        stack.pop();
        refreshHandling();
    }

    /** {@link Vars#exc()} is the exception of the innermost except clause still running. */
    private void refreshHandling() {
        RuntimeException handling = null;
        for (Frame frame : stack) {
            if (frame.handling != null) {
                handling = frame.handling;
                break;
            }
        }
        vars.handling(handling);
    }
}
