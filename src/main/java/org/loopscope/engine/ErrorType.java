package org.loopscope.engine;

/** The exception classes the engine itself raises or must recognise, named as Python names them. */
public enum ErrorType {
    BASE_EXCEPTION("BaseException"),
    EXCEPTION("Exception"),
    CANCELLED_ERROR("CancelledError"),
    INVALID_STATE_ERROR("InvalidStateError"),
    TIMEOUT_ERROR("TimeoutError"),
    RUNTIME_ERROR("RuntimeError"),
    TYPE_ERROR("TypeError"),
    VALUE_ERROR("ValueError"),
    ATTRIBUTE_ERROR("AttributeError"),
    ASSERTION_ERROR("AssertionError"),
    QUEUE_EMPTY("QueueEmpty"),
    QUEUE_FULL("QueueFull"),
    BROKEN_BARRIER_ERROR("BrokenBarrierError"),
    KEYBOARD_INTERRUPT("KeyboardInterrupt"),
    SYSTEM_EXIT("SystemExit"),
    STOP_ITERATION("StopIteration"),
    GENERATOR_EXIT("GeneratorExit");

    private final String pythonName;

    ErrorType(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The class name as Python prints it. */
    public String pythonName() {
        return pythonName;
    }
}
