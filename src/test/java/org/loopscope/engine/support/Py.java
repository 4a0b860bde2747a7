package org.loopscope.engine.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;

/**
 * A small language for writing Python {@code async def} functions in Java tests, so a test reads like the Python
 * program it mirrors. Each builder call is one Python statement; the result is a {@link PyCoroutine} that
 * suspends exactly where the Python coroutine would:
 *
 * <pre>{@code
 * // async def sleeper():
 * //     try:
 * //         print('sleeping'); await asyncio.sleep(10)
 * //     except asyncio.CancelledError:
 * //         print('cancelled'); raise
 * //     finally:
 * //         print('cleanup')
 * py.coro("sleeper", c -> c
 *         .try_(t -> t.print("sleeping").await(() -> asyncio.sleep(10)))
 *         .except("CancelledError", h -> h.print("cancelled").reraise())
 *         .finally_(f -> f.print("cleanup")));
 * }</pre>
 *
 * Statements: {@code exec}, {@code let} (assignment), {@code print}, {@code await} (optionally into a variable),
 * {@code yieldNow} (a bare {@code yield}), {@code returns}, {@code raise}, {@code reraise}, {@code if_}/{@code else_},
 * {@code forRange}, {@code forEach}, {@code while_}, {@code break_}, {@code continue_},
 * {@code try_}/{@code except}/{@code else_}/{@code finally_}, {@code asyncWith}, and {@code line} (where the
 * coroutine's repr says it is). Expressions are Java lambdas evaluated when the statement runs: {@code () -> ...},
 * or {@code v -> ...} to read the coroutine's {@link Vars} (variables, the last awaited value, the exception being
 * handled). What the program prints goes to one shared {@link Transcript}, formatted as Python's {@code print}
 * would. A body that falls off its end returns None.
 */
public final class Py {

    private final Engine engine;
    private final Asyncio asyncio;
    private final Transcript out = new Transcript();
    private int hiddenNames;

    /** The DSL for programs run by {@code engine}. */
    public Py(Engine engine) {
        this.engine = engine;
        this.asyncio = new Asyncio(engine);
    }

    /** The DSL on a fresh Java engine with the virtual clock. */
    public static Py forJava() {
        return new Py(Engine.forJava());
    }

    /** The run. */
    public Engine engine() {
        return engine;
    }

    /** The {@code asyncio} module of the run. */
    public Asyncio asyncio() {
        return asyncio;
    }

    /** {@code asyncio.get_running_loop()}. */
    public EventLoop loop() {
        return asyncio.getRunningLoop();
    }

    /** What the program printed. */
    public Transcript out() {
        return out;
    }

    /** The printed lines (a copy). */
    public List<String> lines() {
        return out.lines();
    }

    /** {@code print(*parts)} from plain (non-coroutine) code. */
    public void print(Object... parts) {
        out.print(parts);
    }

    /** {@code async def name(): body} — called: a fresh coroutine object each time. */
    public PyCoroutine coro(String name, Consumer<Block> body) {
        Block block = new Block();
        body.accept(block);
        return new PyCoroutine(name, engine.host(), block.stmts);
    }

    /** {@code range(n)}. */
    public static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    /** A sequence of statements; each method appends one statement and returns this block. */
    public final class Block {

        private final List<Stmt> stmts = new ArrayList<>();

        private Block() {
        }

        private Block add(Stmt stmt) {
            stmts.add(stmt);
            return this;
        }

        private List<Stmt> nested(Consumer<Block> body) {
            Block block = new Block();
            body.accept(block);
            return block.stmts;
        }

        /** A statement that does not suspend. */
        public Block exec(Runnable action) {
            return add(new Stmt.Exec(v -> action.run()));
        }

        /** A statement that does not suspend, reading or setting variables. */
        public Block exec(Consumer<Vars> action) {
            return add(new Stmt.Exec(action));
        }

        /** {@code name = value}. */
        public Block let(String name, Function<Vars, Object> value) {
            return add(new Stmt.Exec(v -> v.set(name, value.apply(v))));
        }

        /** {@code print('text')}. */
        public Block print(String text) {
            return add(new Stmt.Exec(v -> out.print(text)));
        }

        /** {@code print(value)}; a {@link Transcript#line} result prints several parts. */
        public Block print(Supplier<?> value) {
            return add(new Stmt.Exec(v -> out.print(value.get())));
        }

        /** {@code print(value)} computed from the variables. */
        public Block print(Function<Vars, ?> value) {
            return add(new Stmt.Exec(v -> out.print(value.apply(v))));
        }

        /** {@code print('label', value)}. */
        public Block print(String label, Function<Vars, ?> value) {
            return add(new Stmt.Exec(v -> out.print(label, value.apply(v))));
        }

        /** {@code await awaitable} (a future, task or coroutine); the value is {@link Vars#last()}. */
        public Block await(Supplier<?> awaitable) {
            return add(new Stmt.Await(null, v -> awaitable.get()));
        }

        /** {@code await awaitable} computed from the variables. */
        public Block await(Function<Vars, ?> awaitable) {
            return add(new Stmt.Await(null, awaitable::apply));
        }

        /** {@code target = await awaitable}. */
        public Block await(String target, Supplier<?> awaitable) {
            return add(new Stmt.Await(target, v -> awaitable.get()));
        }

        /** {@code target = await awaitable} computed from the variables. */
        public Block await(String target, Function<Vars, ?> awaitable) {
            return add(new Stmt.Await(target, awaitable::apply));
        }

        /** A bare {@code yield}, as in a {@code @types.coroutine} generator: the task steps again next iteration. */
        public Block yieldNow() {
            return add(new Stmt.YieldNow());
        }

        /** {@code return value}. */
        public Block returns(Object value) {
            return add(new Stmt.Return(v -> value));
        }

        /** {@code return value} computed from the variables ({@code returns(null)} lands here: None). */
        public Block returns(Function<Vars, ?> value) {
            return add(new Stmt.Return(value == null ? v -> null : value::apply));
        }

        /** {@code raise error} (made when the statement runs). */
        public Block raise(Supplier<? extends RuntimeException> error) {
            return add(new Stmt.Raise(v -> error.get()));
        }

        /** {@code raise error} computed from the variables. */
        public Block raise(Function<Vars, ? extends RuntimeException> error) {
            return add(new Stmt.Raise(error::apply));
        }

        /** A bare {@code raise}: re-raises the exception the enclosing {@code except} handles. */
        public Block reraise() {
            return add(new Stmt.Raise(null));
        }

        /** {@code break}. */
        public Block break_() {
            return add(new Stmt.Break());
        }

        /** {@code continue}. */
        public Block continue_() {
            return add(new Stmt.Continue());
        }

        /** Marks the source line the coroutine is at from here on (see {@link PyCoroutine#definedAt}). */
        public Block line(int number) {
            return add(new Stmt.Line(number));
        }

        /** {@code if cond: then}; an {@link #else_} may follow. */
        public Block if_(BooleanSupplier cond, Consumer<Block> then) {
            return if_(v -> cond.getAsBoolean(), then);
        }

        /** {@code if cond: then} on the variables. */
        public Block if_(Predicate<Vars> cond, Consumer<Block> then) {
            return add(new Stmt.If(cond, nested(then), new ArrayList<>()));
        }

        /** {@code for var in range(n): body}. */
        public Block forRange(String var, int n, Consumer<Block> body) {
            return forEach(var, v -> range(n), body);
        }

        /** {@code for var in items: body}. */
        public Block forEach(String var, Function<Vars, Iterable<?>> items, Consumer<Block> body) {
            return add(new Stmt.For(var, items, nested(body)));
        }

        /** {@code while cond: body}. */
        public Block while_(Predicate<Vars> cond, Consumer<Block> body) {
            return add(new Stmt.While(cond, nested(body)));
        }

        /** {@code async with manager: body} (see {@link #asyncWith(String, Supplier, Consumer)}). */
        public Block asyncWith(Supplier<?> manager, Consumer<Block> body) {
            return asyncWith(null, manager, body);
        }

        /**
         * {@code async with manager as target: body} for the engine's context managers (locks, semaphores,
         * conditions, {@code TaskGroup}, {@code timeout}), as Python runs it: await {@code __aenter__}; if the body
         * raises, await {@code __aexit__(exc)} and re-raise unless it returned something true; otherwise, however
         * the body ends, await {@code __aexit__(None)}. {@code target} may be null.
         */
        public Block asyncWith(String target, Supplier<?> manager, Consumer<Block> body) {
            int id = ++hiddenNames;
            String mgr = "<with " + id + ">";
            String hit = "<with " + id + " raised>";
            return let(mgr, v -> manager.get())
                    .await(target, v -> Coroutines.aenter(v.value(mgr)))
                    .let(hit, v -> false)
                    .try_(body)
                    .except(h -> h
                            .let(hit, v -> true)
                            .await(v -> Coroutines.aexit(v.value(mgr), v.exc()))
                            .if_(v -> !Coroutines.truthy(v.last()), r -> r.reraise()))
                    .finally_(f -> f.if_(v -> !v.<Boolean>get(hit),
                            r -> r.await(v -> Coroutines.aexit(v.value(mgr), null))));
        }

        /** {@code try: body}; {@link #except}, {@link #else_} and {@link #finally_} clauses follow. */
        public Block try_(Consumer<Block> body) {
            return add(new Stmt.Try(nested(body), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }

        /** {@code except type:} for the preceding {@code try} ({@code "CancelledError"}, {@code "Exception"}...). */
        public Block except(String type, Consumer<Block> handler) {
            lastTry("except").handlers().add(new Stmt.Handler(type, nested(handler)));
            return this;
        }

        /** A bare {@code except:} for the preceding {@code try}. */
        public Block except(Consumer<Block> handler) {
            return except(null, handler);
        }

        /** {@code finally:} for the preceding {@code try}. */
        public Block finally_(Consumer<Block> body) {
            lastTry("finally").fin().addAll(nested(body));
            return this;
        }

        /** {@code else:} for the preceding {@code if} or {@code try}. */
        public Block else_(Consumer<Block> body) {
            Stmt last = stmts.isEmpty() ? null : stmts.get(stmts.size() - 1);
            if (last instanceof Stmt.If branch) {
                branch.orElse().addAll(nested(body));
            } else if (last instanceof Stmt.Try attempt) {
                attempt.orElse().addAll(nested(body));
            } else {
                throw new IllegalStateException("else_ must follow if_ or try_");
            }
            return this;
        }

        private Stmt.Try lastTry(String clause) {
            Stmt last = stmts.isEmpty() ? null : stmts.get(stmts.size() - 1);
            if (!(last instanceof Stmt.Try attempt)) {
                throw new IllegalStateException(clause + " must follow try_");
            }
            return attempt;
        }
    }
}
