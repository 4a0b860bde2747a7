package org.loopscope.script.compile;

/**
 * The instruction set. Each instruction is one {@code int}: the opcode in the low 8 bits, its argument in the
 * upper 24 ({@link #encode}). The set follows CPython 3.11's in meaning (so the compiler can follow CPython's
 * compiler and the exception table works the same way), with a few simplifications: jumps hold absolute
 * instruction indices, a call is one instruction, and {@link #SEND} re-executes itself on resumption instead of
 * looping through {@code YIELD_VALUE}.
 */
public final class Op {

    public static final int NOP = 0;
    /** Arg 1 when it drops the value of a call used as a statement (a coroutine never awaited is reported). */
    public static final int POP_TOP = 1;
    /** Push a copy of the n-th item from the top (1 = top). */
    public static final int COPY = 2;
    /** Swap the top with the n-th item from the top. */
    public static final int SWAP = 3;
    public static final int LOAD_CONST = 4;
    public static final int LOAD_FAST = 5;
    public static final int STORE_FAST = 6;
    public static final int DELETE_FAST = 7;
    public static final int LOAD_DEREF = 8;
    public static final int STORE_DEREF = 9;
    public static final int DELETE_DEREF = 10;
    /** A class body reading a free variable: its namespace first, then the cell. */
    public static final int LOAD_CLASSDEREF = 11;
    /** Push the cell in local slot {@code arg} itself (to build a closure). */
    public static final int LOAD_CLOSURE = 12;
    public static final int LOAD_NAME = 13;
    public static final int STORE_NAME = 14;
    public static final int DELETE_NAME = 15;
    public static final int LOAD_GLOBAL = 16;
    public static final int STORE_GLOBAL = 17;
    public static final int DELETE_GLOBAL = 18;
    public static final int LOAD_ATTR = 19;
    /** {@code TOS.attr = TOS1}. */
    public static final int STORE_ATTR = 20;
    public static final int DELETE_ATTR = 21;
    /** obj -> (function, obj) when the attribute is a plain method, else (null, attribute). */
    public static final int LOAD_METHOD = 22;
    /** Arg is a {@link org.loopscope.script.syntax.BinaryOperator} ordinal, plus {@link #INPLACE} for {@code op=}. */
    public static final int BINARY_OP = 23;
    public static final int UNARY_NEGATIVE = 24;
    public static final int UNARY_POSITIVE = 25;
    public static final int UNARY_INVERT = 26;
    public static final int UNARY_NOT = 27;
    /** Arg: 0 {@code <}, 1 {@code <=}, 2 {@code ==}, 3 {@code !=}, 4 {@code >}, 5 {@code >=}. */
    public static final int COMPARE_OP = 28;
    /** {@code is} (arg 0) or {@code is not} (arg 1). */
    public static final int IS_OP = 29;
    /** {@code in} (arg 0) or {@code not in} (arg 1). */
    public static final int CONTAINS_OP = 30;
    public static final int BINARY_SUBSCR = 31;
    /** {@code TOS1[TOS] = TOS2}. */
    public static final int STORE_SUBSCR = 32;
    public static final int DELETE_SUBSCR = 33;
    public static final int BUILD_SLICE = 34;
    public static final int BUILD_TUPLE = 35;
    public static final int BUILD_LIST = 36;
    public static final int BUILD_SET = 37;
    /** Arg pairs of key, value. */
    public static final int BUILD_MAP = 38;
    /** Append TOS to the list {@code arg} items below it (comprehensions). */
    public static final int LIST_APPEND = 39;
    public static final int SET_ADD = 40;
    /** TOS1 key, TOS value into the dict {@code arg} items below them. */
    public static final int MAP_ADD = 41;
    public static final int LIST_EXTEND = 42;
    public static final int SET_UPDATE = 43;
    public static final int DICT_UPDATE = 44;
    /** As DICT_UPDATE, but duplicate keys are an error (keyword arguments of a call). */
    public static final int DICT_MERGE = 45;
    public static final int LIST_TO_TUPLE = 46;
    public static final int BUILD_STRING = 47;
    /** Arg: conversion in bits 0-1 (0 none, 1 str, 2 repr, 3 ascii), bit 2 set when a format spec is on TOS. */
    public static final int FORMAT_VALUE = 48;
    public static final int UNPACK_SEQUENCE = 49;
    /** Arg: targets before the star in the low byte, after it in the next byte. */
    public static final int UNPACK_EX = 50;
    public static final int JUMP = 51;
    public static final int POP_JUMP_IF_FALSE = 52;
    public static final int POP_JUMP_IF_TRUE = 53;
    public static final int JUMP_IF_FALSE_OR_POP = 54;
    public static final int JUMP_IF_TRUE_OR_POP = 55;
    public static final int POP_JUMP_IF_NONE = 56;
    public static final int POP_JUMP_IF_NOT_NONE = 57;
    public static final int GET_ITER = 58;
    /** Push the iterator's next value, or pop the iterator and jump when it is exhausted. */
    public static final int FOR_ITER = 59;
    /** Arg positional and keyword arguments above the callable; keyword names come from KW_NAMES. */
    public static final int CALL = 60;
    /** As CALL with two slots below the arguments: (function, self) or (null, callable). */
    public static final int CALL_METHOD = 61;
    /** The constant tuple {@code arg} names the trailing keyword arguments of the next call. */
    public static final int KW_NAMES = 62;
    /** callable, args tuple[, kwargs dict when arg & 1]. */
    public static final int CALL_FUNCTION_EX = 63;
    /** Arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure; the code object is on top. */
    public static final int MAKE_FUNCTION = 64;
    public static final int LOAD_BUILD_CLASS = 65;
    public static final int RETURN_VALUE = 66;
    public static final int YIELD_VALUE = 67;
    /** Arg: 0 await, 1 after __aenter__, 2 after __aexit__ (for the error message). */
    public static final int GET_AWAITABLE = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    /**
     * receiver, value: sends value to the receiver. If it yields, the frame suspends with the yielded value and
     * resumes by executing this instruction again with the next sent value pushed; if it returns, both are
     * replaced by the return value and execution goes on at {@code arg}.
     */
    public static final int SEND = 70;
    public static final int GET_AITER = 71;
    public static final int GET_ANEXT = 72;
    public static final int END_ASYNC_FOR = 73;
    public static final int BEFORE_ASYNC_WITH = 74;
    public static final int BEFORE_WITH = 75;
    /** exit, prev_exc, exc -> exit, prev_exc, exc, exit(type, exc, tb). */
    public static final int WITH_EXCEPT_START = 76;
    /** exc -> previously handled exception, exc; exc becomes the handled exception. */
    public static final int PUSH_EXC_INFO = 77;
    /** Pops the previously handled exception and restores it. */
    public static final int POP_EXCEPT = 78;
    /** Raises TOS again, without a new traceback entry. */
    public static final int RERAISE = 79;
    public static final int CHECK_EXC_MATCH = 80;
    public static final int CHECK_EG_MATCH = 81;
    public static final int PREP_RERAISE_STAR = 82;
    /** Arg 0 bare raise, 1 raise exc, 2 raise exc from cause. */
    public static final int RAISE_VARARGS = 83;
    public static final int IMPORT_NAME = 84;
    public static final int IMPORT_FROM = 85;
    public static final int IMPORT_STAR = 86;
    public static final int SETUP_ANNOTATIONS = 87;
    public static final int LOAD_ASSERTION_ERROR = 88;
    /** Pushes {@code __class__} and the first argument for a zero-argument {@code super()}. */
    public static final int SUPER_ARGS = 89;
    /** Store TOS as an annotation: {@code __annotations__[names[arg]] = TOS}. */
    public static final int STORE_ANNOTATION = 90;

    public static final int COUNT = 91;

    /** Added to a BINARY_OP argument for the in-place form ({@code +=}). */
    public static final int INPLACE = 16;

    private static final String[] NAMES = {
        "NOP", "POP_TOP", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF",
        "STORE_DEREF", "DELETE_DEREF", "LOAD_CLASSDEREF", "LOAD_CLOSURE", "LOAD_NAME", "STORE_NAME", "DELETE_NAME",
        "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD",
        "BINARY_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT", "UNARY_NOT", "COMPARE_OP", "IS_OP",
        "CONTAINS_OP", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_SLICE", "BUILD_TUPLE",
        "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE",
        "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "BUILD_STRING", "FORMAT_VALUE", "UNPACK_SEQUENCE",
        "UNPACK_EX", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP",
        "JUMP_IF_TRUE_OR_POP", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "GET_ITER", "FOR_ITER", "CALL",
        "CALL_METHOD", "KW_NAMES", "CALL_FUNCTION_EX", "MAKE_FUNCTION", "LOAD_BUILD_CLASS", "RETURN_VALUE",
        "YIELD_VALUE", "GET_AWAITABLE", "GET_YIELD_FROM_ITER", "SEND", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR",
        "BEFORE_ASYNC_WITH", "BEFORE_WITH", "WITH_EXCEPT_START", "PUSH_EXC_INFO", "POP_EXCEPT", "RERAISE",
        "CHECK_EXC_MATCH", "CHECK_EG_MATCH", "PREP_RERAISE_STAR", "RAISE_VARARGS", "IMPORT_NAME", "IMPORT_FROM",
        "IMPORT_STAR", "SETUP_ANNOTATIONS", "LOAD_ASSERTION_ERROR", "SUPER_ARGS", "STORE_ANNOTATION",
    };

    private Op() {
    }

    /** One instruction word. */
    public static int encode(int op, int arg) {
        return op | (arg << 8);
    }

    /** The opcode of an instruction word. */
    public static int op(int word) {
        return word & 0xff;
    }

    /** The argument of an instruction word. */
    public static int arg(int word) {
        return word >>> 8;
    }

    /** The opcode's name, for disassembly. */
    public static String name(int op) {
        return op >= 0 && op < NAMES.length ? NAMES[op] : "<" + op + ">";
    }

    /** Whether the argument of {@code op} is an instruction index. */
    public static boolean isJump(int op) {
        return switch (op) {
            case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
                    POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, FOR_ITER, SEND -> true;
            default -> false;
        };
    }

    /**
     * How the stack height changes: along the fall-through path, or when {@code jump}, along the jump. Used by the
     * compiler to size frames and to record handler depths.
     */
    static int stackEffect(int op, int arg, boolean jump) {
        return switch (op) {
            case NOP, SWAP, DELETE_FAST, DELETE_DEREF, DELETE_NAME, DELETE_GLOBAL, LOAD_ATTR, UNARY_NEGATIVE,
                    UNARY_POSITIVE, UNARY_INVERT, UNARY_NOT, LIST_TO_TUPLE, JUMP, GET_ITER, KW_NAMES,
                    GET_AWAITABLE, GET_YIELD_FROM_ITER, GET_AITER, SETUP_ANNOTATIONS, YIELD_VALUE,
                    CHECK_EXC_MATCH, CHECK_EG_MATCH -> 0;
            case POP_TOP, STORE_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL, DELETE_ATTR, BINARY_OP, COMPARE_OP,
                    IS_OP, CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE,
                    DICT_MERGE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
                    RETURN_VALUE, POP_EXCEPT, RERAISE, PREP_RERAISE_STAR, IMPORT_NAME, IMPORT_STAR, SEND,
                    STORE_ANNOTATION -> -1;
            case COPY, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_NAME, LOAD_GLOBAL,
                    LOAD_METHOD, LOAD_BUILD_CLASS, GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, WITH_EXCEPT_START,
                    PUSH_EXC_INFO, IMPORT_FROM, LOAD_ASSERTION_ERROR -> 1;
            case STORE_ATTR, MAP_ADD, DELETE_SUBSCR, END_ASYNC_FOR -> -2;
            case STORE_SUBSCR -> -3;
            case SUPER_ARGS -> 2;
            case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xff) + (arg >> 8);
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jump ? 0 : -1;
            case FOR_ITER -> jump ? -1 : 1;
            case CALL -> -arg;
            case CALL_METHOD -> -arg - 1;
            case CALL_FUNCTION_EX -> -1 - (arg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 15);
            case RAISE_VARARGS -> -arg;
            default -> throw new IllegalArgumentException("no stack effect for " + name(op));
        };
    }
}
