package org.loopscope.script.runtime;

import java.math.BigInteger;

/** The methods and attributes of {@code int}, {@code bool} and {@code float}, and the operator dunders of the
 * builtin value types ({@code int.__add__} and friends) for code that calls them explicitly. */
final class NumberMethods {

    private NumberMethods() {
    }

    static void install() {
        PyType intType = Types.INT;
        Types.method0(intType, "bit_length", self -> Ints.box(Ints.big(self).abs().bitLength()));
        Types.method0(intType, "bit_count", self -> Ints.box(Ints.big(self).abs().bitCount()));
        Types.method0(intType, "conjugate", NumberMethods::asInt);
        Types.method0(intType, "as_integer_ratio", self -> PyTuple.of(asInt(self), Ints.box(1)));
        Types.method0(intType, "__index__", NumberMethods::asInt);
        Types.method0(intType, "__int__", NumberMethods::asInt);
        Types.method0(intType, "__float__", self -> Ints.toDouble(self));
        Types.getset(intType, "real", NumberMethods::asInt, null);
        Types.getset(intType, "imag", self -> Ints.box(0), null);
        Types.getset(intType, "numerator", NumberMethods::asInt, null);
        Types.getset(intType, "denominator", self -> Ints.box(1), null);
        Types.method(intType, "__round__", (self, args, kwnames) -> {
            Args.positional("__round__", args, kwnames, 0, 1);
            return args.length == 0 || Py.isNone(args[0]) ? asInt(self) : Builtins.roundInt(self, args[0]);
        });

        PyType floatType = Types.FLOAT;
        Types.method0(floatType, "is_integer", self -> Floats.isInteger((Double) self));
        Types.method0(floatType, "as_integer_ratio", self -> Floats.integerRatio((Double) self));
        Types.method0(floatType, "conjugate", self -> self);
        Types.method0(floatType, "__int__", self -> Floats.toInt((Double) self));
        Types.method0(floatType, "__float__", self -> self);
        Types.method0(floatType, "__trunc__", self -> Floats.toInt((Double) self));
        Types.method0(floatType, "__floor__", self -> Floats.toInt(Math.floor((Double) self)));
        Types.method0(floatType, "__ceil__", self -> Floats.toInt(Math.ceil((Double) self)));
        Types.getset(floatType, "real", self -> self, null);
        Types.getset(floatType, "imag", self -> 0.0, null);
        Types.method(floatType, "__round__", (self, args, kwnames) -> {
            Args.positional("__round__", args, kwnames, 0, 1);
            return args.length == 0 || Py.isNone(args[0]) ? Floats.roundToInt((Double) self)
                    : Floats.round((Double) self, PyOps.asLong(args[0]));
        });

        for (PyType type : new PyType[] {Types.INT, Types.FLOAT, Types.STR, Types.LIST, Types.TUPLE, Types.SET,
            Types.FROZENSET, Types.DICT, Types.BOOL}) {
            installOperators(type);
        }
    }

    private static Object asInt(Object self) {
        return self instanceof Boolean b ? Ints.box(b ? 1 : 0) : self;
    }

    /** {@code __add__}/{@code __radd__}... and the rich comparisons, as the builtin operators compute them. */
    private static void installOperators(PyType type) {
        for (BinOp op : BinOp.values()) {
            if (op == BinOp.DIVMOD && type != Types.INT && type != Types.FLOAT) {
                continue;
            }
            Types.method1(type, op.dunder(), (self, other) -> accepts(type, other) ? Arith.builtin(op, self, other)
                    : Types.NOT_IMPLEMENTED);
            Types.method1(type, op.reflected(), (self, other) -> accepts(type, other)
                    ? Arith.builtin(op, other, self) : Types.NOT_IMPLEMENTED);
        }
        for (CmpOp op : CmpOp.values()) {
            Types.method1(type, op.dunder(), (self, other) -> Compare.builtin(self, other, op));
        }
        Types.method0(type, "__hash__", self -> Ints.box(PyOps.hash(self)));
        Types.method0(type, "__repr__", Reprs::repr);
        Types.method0(type, "__str__", Reprs::str);
        Types.method1(type, "__format__", (self, spec) -> Formatter.format(self, ObjectMethods.formatSpec(
                new Object[] {spec}, PyCallable.NO_KWNAMES)));
        if (type == Types.INT || type == Types.FLOAT || type == Types.BOOL) {
            Types.method0(type, "__neg__", PyOps::neg);
            Types.method0(type, "__pos__", PyOps::pos);
            Types.method0(type, "__abs__", PyOps::abs);
            Types.method0(type, "__bool__", PyOps::truthy);
            if (type != Types.FLOAT) {
                Types.method0(type, "__invert__", PyOps::invert);
            }
        } else {
            Types.method0(type, "__len__", self -> Ints.box(PyOps.len(self)));
            Types.method1(type, "__contains__", (self, item) -> PyOps.contains(self, item));
            Types.method0(type, "__iter__", PyOps::iter);
            if (type != Types.SET && type != Types.FROZENSET) {
                Types.method1(type, "__getitem__", PyOps::getitem);
            }
        }
        if (type == Types.LIST || type == Types.DICT) {
            Types.method(type, "__setitem__", (self, args, kwnames) -> {
                Args.positional("__setitem__", args, kwnames, 2, 2);
                PyOps.setitem(self, args[0], args[1]);
                return Types.NONE;
            });
            Types.method1(type, "__delitem__", (self, key) -> {
                PyOps.delitem(self, key);
                return Types.NONE;
            });
        }
        if (type == Types.LIST || type == Types.DICT || type == Types.SET) {
            type.define("__hash__", Types.NONE);
        }
    }

    /** Whether the numeric dunders of {@code type} handle {@code other} (int's only ints, float's ints too). */
    private static boolean accepts(PyType type, Object other) {
        if (type == Types.INT || type == Types.BOOL) {
            return Ints.isInt(other);
        }
        if (type == Types.FLOAT) {
            return other instanceof Double || Ints.isInt(other);
        }
        return true;
    }

    /** An int from a BigInteger-or-long value, for callers in other classes. */
    static Object normalize(BigInteger value) {
        return Ints.normalize(value);
    }
}
