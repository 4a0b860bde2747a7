package org.loopscope.script.runtime;

import java.math.BigInteger;

/**
 * Binary operators of the builtin types (int, bool, float, str, list, tuple, set, dict) and the dunder protocol
 * for everything else: {@code a.__add__(b)}, then {@code b.__radd__(a)}, the reflected method first when
 * {@code b}'s class derives from {@code a}'s and overrides it.
 */
final class Arith {

    private static final Object NI = Types.NOT_IMPLEMENTED;

    private Arith() {
    }

    static Object binary(BinOp op, Object a, Object b) {
        Object result = builtin(op, a, b);
        if (result != NI) {
            return result;
        }
        result = dunder(op, a, b);
        if (result != NI) {
            return result;
        }
        throw unsupported(op, a, b);
    }

    /** {@code a op= b}: {@code __iadd__} if defined (list += extends in place), else the binary operator. */
    static Object inplace(BinOp op, Object a, Object b) {
        if (a instanceof PyList list) {
            if (op == BinOp.ADD) {
                list.extend(b);
                return list;
            }
            if (op == BinOp.MUL) {
                return Sequences.repeatInPlace(list, b);
            }
        }
        if (a instanceof PySet set && !set.frozen() && b instanceof PySet other) {
            switch (op) {
                case OR -> {
                    set.update(other);
                    return set;
                }
                case AND -> {
                    return SetMethods.intersectionUpdate(set, other);
                }
                case SUB -> {
                    SetMethods.differenceUpdate(set, other);
                    return set;
                }
                case XOR -> {
                    SetMethods.symmetricDifferenceUpdate(set, other);
                    return set;
                }
                default -> {
                }
            }
        }
        if (a instanceof PyDict dict && op == BinOp.OR) {
            DictMethods.update(dict, b);
            return dict;
        }
        if (a instanceof PyObj && !(a instanceof PyList || a instanceof PyTuple || a instanceof PyDict)) {
            Object method = Py.type(a).lookup(op.inplace());
            if (method != null) {
                Object result = PyOps.callUnbound(method, a, b);
                if (result != NI) {
                    return result;
                }
            }
        }
        Object result = builtin(op, a, b);
        if (result == NI) {
            result = dunder(op, a, b);
        }
        if (result == NI) {
            throw unsupportedInplace(op, a, b);
        }
        return result;
    }

    /** The builtin types' operator, or NotImplemented: what {@code int.__add__} and friends do. */
    static Object builtin(BinOp op, Object a, Object b) {
        boolean aInt = Ints.isInt(a);
        boolean bInt = Ints.isInt(b);
        if (aInt && bInt) {
            if (a instanceof Boolean x && b instanceof Boolean y) {
                switch (op) {
                    case AND -> {
                        return x & y;
                    }
                    case OR -> {
                        return x | y;
                    }
                    case XOR -> {
                        return x ^ y;
                    }
                    default -> {
                    }
                }
            }
            return intOp(op, a, b);
        }
        if ((aInt || a instanceof Double) && (bInt || b instanceof Double)) {
            return floatOp(op, aInt ? Ints.toDouble(a) : (Double) a, bInt ? Ints.toDouble(b) : (Double) b);
        }
        switch (op) {
            case ADD -> {
                return Sequences.concat(a, b);
            }
            case MUL -> {
                if (bInt && isSequence(a)) {
                    return Sequences.repeat(a, b);
                }
                if (aInt && isSequence(b)) {
                    return Sequences.repeat(b, a);
                }
            }
            case MOD -> {
                if (a instanceof String format) {
                    return PercentFormat.format(format, b);
                }
            }
            case OR, AND, SUB, XOR -> {
                if (op == BinOp.OR && (a instanceof PyType || a instanceof GenericAlias
                        || b instanceof PyType || b instanceof GenericAlias)
                        && GenericAlias.isUnionMember(a) && GenericAlias.isUnionMember(b)) {
                    return GenericAlias.union(a, b);
                }
                return SetMethods.operator(op, a, b);
            }
            default -> {
            }
        }
        return NI;
    }

    static boolean isSequence(Object value) {
        return value instanceof String || value instanceof PyList || value instanceof PyTuple;
    }

    private static Object intOp(BinOp op, Object a, Object b) {
        return switch (op) {
            case ADD -> Ints.add(a, b);
            case SUB -> Ints.sub(a, b);
            case MUL -> Ints.mul(a, b);
            case TRUEDIV -> Ints.trueDiv(a, b);
            case FLOORDIV -> Ints.floorDiv(a, b);
            case MOD -> Ints.mod(a, b);
            case POW -> Ints.pow(a, b);
            case LSHIFT -> Ints.lshift(a, b);
            case RSHIFT -> Ints.rshift(a, b);
            case AND -> Ints.and(a, b);
            case OR -> Ints.or(a, b);
            case XOR -> Ints.xor(a, b);
            case DIVMOD -> Ints.divmod(a, b);
            case MATMUL -> NI;
        };
    }

    private static Object floatOp(BinOp op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case TRUEDIV -> Floats.trueDiv(a, b);
            case FLOORDIV -> Floats.floorDiv(a, b);
            case MOD -> Floats.mod(a, b);
            case POW -> Floats.pow(a, b);
            case DIVMOD -> {
                double[] qr = Floats.divmod(a, b);
                yield PyTuple.of(qr[0], qr[1]);
            }
            default -> NI;
        };
    }

    /** The dunder protocol; NotImplemented if neither side handles the operands. */
    static Object dunder(BinOp op, Object a, Object b) {
        PyType ta = Py.type(a);
        PyType tb = Py.type(b);
        Object slotA = ta.isBuiltin() ? null : ta.lookup(op.dunder());
        Object slotB = tb == ta || tb.isBuiltin() ? null : tb.lookup(op.reflected());
        if (slotB != null && slotA != null && tb.isSubtype(ta) && slotB != ta.lookup(op.reflected())) {
            Object result = PyOps.callUnbound(slotB, b, a);
            if (result != NI) {
                return result;
            }
            slotB = null;
        }
        if (slotA != null) {
            Object result = PyOps.callUnbound(slotA, a, b);
            if (result != NI) {
                return result;
            }
        }
        if (slotB != null) {
            return PyOps.callUnbound(slotB, b, a);
        }
        return NI;
    }

    private static PyException unsupported(BinOp op, Object a, Object b) {
        if (op == BinOp.ADD && isSequence(a)) {
            return Errors.typeError("can only concatenate " + Py.typeName(a) + " (not \"" + Py.typeName(b)
                    + "\") to " + Py.typeName(a));
        }
        if (op == BinOp.MUL && (isSequence(a) || isSequence(b))) {
            return Errors.typeError("can't multiply sequence by non-int of type '"
                    + Py.typeName(isSequence(a) ? b : a) + "'");
        }
        String symbol = op == BinOp.POW ? "** or pow()" : op.symbol();
        return Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + Py.typeName(a) + "' and '"
                + Py.typeName(b) + "'");
    }

    private static PyException unsupportedInplace(BinOp op, Object a, Object b) {
        if ((op == BinOp.ADD || op == BinOp.MUL) && isSequence(a)) {
            return unsupported(op, a, b);
        }
        String symbol = op == BinOp.POW ? "**=" : op.symbol() + "=";
        return Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + Py.typeName(a) + "' and '"
                + Py.typeName(b) + "'");
    }

    /** {@code -a}. */
    static Object neg(Object a) {
        if (Ints.isInt(a)) {
            return Ints.neg(a);
        }
        if (a instanceof Double d) {
            return -d;
        }
        return unary(a, "__neg__", "-");
    }

    /** {@code +a}. */
    static Object pos(Object a) {
        if (a instanceof Boolean b) {
            return Ints.box(b ? 1 : 0);
        }
        if (a instanceof Long || a instanceof BigInteger || a instanceof Double) {
            return a;
        }
        return unary(a, "__pos__", "+");
    }

    /** {@code ~a}. */
    static Object invert(Object a) {
        if (Ints.isInt(a)) {
            return Ints.invert(a);
        }
        return unary(a, "__invert__", "~");
    }

    /** {@code abs(a)}. */
    static Object abs(Object a) {
        if (Ints.isInt(a)) {
            return Ints.abs(a);
        }
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        Object method = Py.type(a).isBuiltin() ? null : Py.type(a).lookup("__abs__");
        if (method == null) {
            throw Errors.typeError("bad operand type for abs(): '" + Py.typeName(a) + "'");
        }
        return PyOps.callUnbound(method, a);
    }

    private static Object unary(Object a, String dunder, String symbol) {
        Object method = Py.type(a).isBuiltin() ? null : Py.type(a).lookup(dunder);
        if (method == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + Py.typeName(a) + "'");
        }
        return PyOps.callUnbound(method, a);
    }

    /** {@code pow(a, b, m)} with a modulus. */
    static Object powMod(Object a, Object b, Object m) {
        if (Ints.isInt(a) && Ints.isInt(b) && Ints.isInt(m)) {
            return Ints.powMod(a, b, m);
        }
        if ((Ints.isInt(a) || a instanceof Double) && (Ints.isInt(b) || b instanceof Double)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        Object method = Py.type(a).isBuiltin() ? null : Py.type(a).lookup("__pow__");
        if (method != null) {
            Object result = PyOps.callUnbound(method, a, b, m);
            if (result != NI) {
                return result;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Py.typeName(a) + "', '"
                + Py.typeName(b) + "', '" + Py.typeName(m) + "'");
    }
}
