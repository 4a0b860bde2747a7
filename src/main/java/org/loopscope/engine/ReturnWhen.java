package org.loopscope.engine;

/**
 * When {@code asyncio.wait} returns, as its {@code return_when} argument says. Python spells each value as the
 * string that is its name ({@code asyncio.FIRST_COMPLETED == 'FIRST_COMPLETED'}).
 */
public enum ReturnWhen {
    /** As soon as any future finishes or is cancelled. */
    FIRST_COMPLETED,
    /** As soon as any future finishes with an exception, or when all are done. */
    FIRST_EXCEPTION,
    /** When every future is done (the default). */
    ALL_COMPLETED;

    /**
     * The value for a Python argument: a {@link ReturnWhen} or its name as a string; anything else is
     * {@code ValueError('Invalid return_when value: ...')} (the value shown as {@code str()} shows it).
     */
    public static ReturnWhen of(EngineHost host, Object value) {
        if (value instanceof ReturnWhen returnWhen) {
            return returnWhen;
        }
        if (value instanceof String name) {
            for (ReturnWhen each : values()) {
                if (each.name().equals(name)) {
                    return each;
                }
            }
        }
        String shown = value instanceof String text ? text : host.repr(value);
        throw host.newError(ErrorType.VALUE_ERROR, "Invalid return_when value: " + shown);
    }
}
