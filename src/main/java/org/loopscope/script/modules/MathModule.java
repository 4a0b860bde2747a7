package org.loopscope.script.modules;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Floats;
import org.loopscope.script.runtime.Ints;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyOps;

/**
 * The {@code math} module: constants, the float functions (with CPython's "math domain error" and "math range
 * error"), and the integer ones on arbitrary-size ints ({@code factorial}, {@code gcd}, {@code comb}...).
 */
final class MathModule {

    private static final Signature LOG = Signature.of("log(x, base=)");
    private static final Signature ISCLOSE = Signature.of("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)");
    private static final Signature PROD = Signature.of("prod(iterable, *, start=1)");
    private static final Signature PERM = Signature.of("perm(n, k=None)");

    private MathModule() {
    }

    static PyModule create() {
        PyModule module = new PyModule("math", SourceModules.LIB + "/lib-dynload/math.cpython-311-x86_64-linux-gnu.so");
        PyDict d = module.dict();
        d.put("pi", Math.PI);
        d.put("e", Math.E);
        d.put("tau", 2 * Math.PI);
        d.put("inf", Double.POSITIVE_INFINITY);
        d.put("nan", Double.NaN);
        unary(d, "sqrt", Math::sqrt);
        unary(d, "exp", Math::exp);
        unary(d, "expm1", Math::expm1);
        unary(d, "sin", Math::sin);
        unary(d, "cos", Math::cos);
        unary(d, "tan", Math::tan);
        unary(d, "asin", Math::asin);
        unary(d, "acos", Math::acos);
        unary(d, "atan", Math::atan);
        unary(d, "sinh", Math::sinh);
        unary(d, "cosh", Math::cosh);
        unary(d, "tanh", Math::tanh);
        unary(d, "fabs", Math::abs);
        unary(d, "log2", x -> positive(x, MathModule::log2));
        unary(d, "log10", x -> positive(x, Math::log10));
        unary(d, "log1p", x -> positive(x + 1, y -> Math.log1p(x)));
        unary(d, "degrees", Math::toDegrees);
        unary(d, "radians", Math::toRadians);
        unary(d, "cbrt", Math::cbrt);
        binary(d, "atan2", Math::atan2);
        binary(d, "pow", MathModule::pow);
        binary(d, "copysign", Math::copySign);
        binary(d, "fmod", (x, y) -> x % y);
        binary(d, "remainder", Math::IEEEremainder);
        fn(d, "hypot", (a, k) -> {
            double sum = 0;
            for (Object x : a) {
                double v = real(x);
                sum += v * v;
            }
            return Math.sqrt(sum);
        });
        fn(d, "dist", (a, k) -> {
            Object[] p = list(a[0]);
            Object[] q = list(a[1]);
            if (p.length != q.length) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                double v = real(p[i]) - real(q[i]);
                sum += v * v;
            }
            return Math.sqrt(sum);
        });
        fn(d, "log", (a, k) -> {
            Object[] v = LOG.bind(a, k);
            double num = log(v[0]);
            return v[1] == null ? num : num / log(v[1]);
        });
        fn(d, "floor", (a, k) -> rounded(one("floor", a, k), Math::floor));
        fn(d, "ceil", (a, k) -> rounded(one("ceil", a, k), Math::ceil));
        fn(d, "trunc", (a, k) -> rounded(one("trunc", a, k), x -> x));
        fn(d, "isfinite", (a, k) -> Double.isFinite(real(one("isfinite", a, k))));
        fn(d, "isinf", (a, k) -> Double.isInfinite(real(one("isinf", a, k))));
        fn(d, "isnan", (a, k) -> Double.isNaN(real(one("isnan", a, k))));
        fn(d, "isclose", (a, k) -> {
            Object[] v = ISCLOSE.bind(a, k);
            double x = real(v[0]);
            double y = real(v[1]);
            double rel = v[2] == null ? 1e-9 : real(v[2]);
            double abs = v[3] == null ? 0.0 : real(v[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        fn(d, "fsum", (a, k) -> {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (Object x : list(one("fsum", a, k))) {
                double v = real(x);
                if (!Double.isFinite(v)) {
                    return Arrays.sumSpecial(a[0]);
                }
                sum = sum.add(new java.math.BigDecimal(v));
            }
            return sum.doubleValue();
        });
        fn(d, "prod", (a, k) -> {
            Object[] v = PROD.bind(a, k);
            Object acc = v[1] == null ? (Object) 1L : v[1];
            for (Object x : list(v[0])) {
                acc = PyOps.mul(acc, x);
            }
            return acc;
        });
        fn(d, "factorial", (a, k) -> {
            BigInteger n = integer(one("factorial", a, k));
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValueExact(); i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Ints.normalize(r);
        });
        fn(d, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object x : a) {
                g = g.gcd(integer(x));
            }
            return Ints.normalize(g);
        });
        fn(d, "lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object x : a) {
                BigInteger v = integer(x);
                if (v.signum() == 0) {
                    return 0L;
                }
                l = l.multiply(v).abs().divide(l.gcd(v));
            }
            return Ints.normalize(l);
        });
        fn(d, "isqrt", (a, k) -> {
            BigInteger n = integer(one("isqrt", a, k));
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return Ints.normalize(n.sqrt());
        });
        fn(d, "comb", (a, k) -> {
            BigInteger n = integer(a[0]);
            BigInteger r = integer(a[1]);
            checkNk(n, r);
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            return Ints.normalize(falling(n, r.min(n.subtract(r))).divide(falling(r.min(n.subtract(r)),
                    r.min(n.subtract(r)))));
        });
        fn(d, "perm", (a, k) -> {
            Object[] v = PERM.bind(a, k);
            BigInteger n = integer(v[0]);
            BigInteger r = v[1] == null || Py.isNone(v[1]) ? n : integer(v[1]);
            checkNk(n, r);
            return r.compareTo(n) > 0 ? (Object) 0L : Ints.normalize(falling(n, r));
        });
        return module;
    }

    /** fsum of a sequence with an infinity or a NaN in it: what IEEE addition gives. */
    private static final class Arrays {
        static double sumSpecial(Object iterable) {
            double sum = 0;
            for (Object x : list(iterable)) {
                sum += real(x);
            }
            if (Double.isNaN(sum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return sum;
        }
    }

    private static void checkNk(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
    }

    /** n * (n-1) * ... (k factors). */
    private static BigInteger falling(BigInteger n, BigInteger k) {
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k.longValueExact(); i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    private static double positive(double x, DoubleUnaryOperator op) {
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return op.applyAsDouble(x);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double pow(double x, double y) {
        if (x == 0 && y < 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.pow(x, y);
    }

    private static double log(Object x) {
        if (x instanceof BigInteger b && b.signum() > 0) {
            int shift = Math.max(0, b.bitLength() - 1000);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double v = real(x);
        if (v <= 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.log(v);
    }

    private static Object rounded(Object x, DoubleUnaryOperator op) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return Floats.toInt(op.applyAsDouble(real(x)));
    }

    private static Object one(String name, Object[] a, String[] k) {
        return org.loopscope.script.interp.Native.oneArg(name, a, k);
    }

    private static Object[] list(Object iterable) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        Object it = PyOps.iter(iterable);
        for (Object x = PyOps.next(it); x != PyIterator.STOP; x = PyOps.next(it)) {
            out.add(x);
        }
        return out.toArray();
    }

    /** A real-number argument as a double, as CPython's math functions convert it. */
    static double real(Object x) {
        if (x instanceof Double v) {
            return v;
        }
        if (x instanceof Long v) {
            return v;
        }
        if (x instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (x instanceof BigInteger b) {
            return Ints.toDouble(b);
        }
        Object f = Attrs.getattrOrNull(x, "__float__");
        if (f != null) {
            Object v = PyOps.call(f);
            if (v instanceof Double dv) {
                return dv;
            }
        }
        throw Errors.typeError("must be real number, not " + Py.typeName(x));
    }

    private static BigInteger integer(Object x) {
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            return Ints.big(x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x);
        }
        throw Errors.typeError("'" + Py.typeName(x) + "' object cannot be interpreted as an integer");
    }

    private static void fn(PyDict d, String name, org.loopscope.script.runtime.PyCallable impl) {
        ModuleSupport.function(d, name, impl);
    }

    private static void unary(PyDict d, String name, DoubleUnaryOperator op) {
        fn(d, name, (a, k) -> checked(op.applyAsDouble(real(one(name, a, k))), a));
    }

    private static void binary(PyDict d, String name, DoubleBinaryOperator op) {
        fn(d, name, (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError(name + " expected 2 arguments, got " + a.length);
            }
            return checked(op.applyAsDouble(real(a[0]), real(a[1])), a);
        });
    }

    /** CPython's errors: NaN from numbers is a domain error, infinity from finite numbers a range error. */
    private static double checked(double r, Object[] args) {
        boolean finiteArgs = true;
        boolean nanArg = false;
        for (Object a : args) {
            double v = real(a);
            finiteArgs &= Double.isFinite(v);
            nanArg |= Double.isNaN(v);
        }
        if (Double.isNaN(r) && !nanArg) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && finiteArgs) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }
}
