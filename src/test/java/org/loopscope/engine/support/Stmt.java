package org.loopscope.engine.support;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** The statements a {@link Py} coroutine body is made of: a tiny tree that {@link PyCoroutine} walks. */
sealed interface Stmt {

    /** A plain statement with no suspension (an assignment, a call, a print). */
    record Exec(Consumer<Vars> action) implements Stmt {
    }

    /** {@code target = await awaitable}; {@code target} may be null (the value is still {@link Vars#last()}). */
    record Await(String target, Function<Vars, Object> awaitable) implements Stmt {
    }

    /** A bare {@code yield} (a generator-based coroutine handing None to the task). */
    record YieldNow() implements Stmt {
    }

    /** {@code return value}. */
    record Return(Function<Vars, Object> value) implements Stmt {
    }

    /** {@code raise error}; a null function is a bare {@code raise} (re-raise what is being handled). */
    record Raise(Function<Vars, RuntimeException> error) implements Stmt {
    }

    /** {@code break}. */
    record Break() implements Stmt {
    }

    /** {@code continue}. */
    record Continue() implements Stmt {
    }

    /** The line the coroutine is at from here on (as its repr shows it). */
    record Line(int number) implements Stmt {
    }

    /** {@code if cond: then else: orElse}. */
    record If(Predicate<Vars> cond, List<Stmt> then, List<Stmt> orElse) implements Stmt {
    }

    /** {@code for var in items: body}. */
    record For(String var, Function<Vars, Iterable<?>> items, List<Stmt> body) implements Stmt {
    }

    /** {@code while cond: body}. */
    record While(Predicate<Vars> cond, List<Stmt> body) implements Stmt {
    }

    /** {@code try: body / except ...: / else: orElse / finally: fin}. */
    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> fin) implements Stmt {
    }

    /** One {@code except type:} clause; a null type is a bare {@code except:}. */
    record Handler(String type, List<Stmt> body) {
    }
}
