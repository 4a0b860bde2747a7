package org.loopscope.script.modules;

import java.util.Map;
import org.loopscope.script.interp.Native;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyOps;

/**
 * The continuous distributions of {@code random} ({@code triangular}, {@code normalvariate},
 * {@code lognormvariate}, {@code expovariate}, {@code vonmisesvariate}, {@code gammavariate}, {@code betavariate},
 * {@code paretovariate}, {@code weibullvariate}), drawing from the generator in the same order and with the same
 * arithmetic as CPython's {@code random.py}, so a seed gives the same values.
 */
final class RandomDistributions {

    private static final double TWOPI = 2.0 * Math.PI;
    private static final double NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
    private static final double LOG4 = Math.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Math.log(4.5);

    private static final Signature TRIANGULAR = Signature.of("triangular(low=0.0, high=1.0, mode=None)");
    private static final Signature NORMALVARIATE = Signature.of("normalvariate(mu=0.0, sigma=1.0)");
    private static final Signature LOGNORMVARIATE = Signature.of("lognormvariate(mu, sigma)");
    private static final Signature VONMISES = Signature.of("vonmisesvariate(mu, kappa)");
    private static final Signature GAMMA = Signature.of("gammavariate(alpha, beta)");
    private static final Signature BETA = Signature.of("betavariate(alpha, beta)");
    private static final Signature WEIBULL = Signature.of("weibullvariate(alpha, beta)");

    private RandomDistributions() {
    }

    static void install(Map<String, RandomModule.Impl> m) {
        m.put("triangular", (r, a, k) -> {
            Object[] v = TRIANGULAR.bind(a, k);
            return triangular(r, v[0] == null ? 0.0 : num(v[0]), v[1] == null ? 1.0 : num(v[1]),
                    v[2] == null || Py.isNone(v[2]) ? null : num(v[2]));
        });
        m.put("normalvariate", (r, a, k) -> {
            Object[] v = NORMALVARIATE.bind(a, k);
            return normal(r, v[0] == null ? 0.0 : num(v[0]), v[1] == null ? 1.0 : num(v[1]));
        });
        m.put("lognormvariate", (r, a, k) -> {
            Object[] v = LOGNORMVARIATE.bind(a, k);
            return Math.exp(normal(r, num(v[0]), num(v[1])));
        });
        m.put("expovariate", (r, a, k) -> {
            Object lambd = Native.oneArg("expovariate", a, k);
            return PyOps.truediv(-Math.log(1.0 - r.mt.random()), lambd);
        });
        m.put("vonmisesvariate", (r, a, k) -> {
            Object[] v = VONMISES.bind(a, k);
            return vonmises(r, num(v[0]), num(v[1]));
        });
        m.put("gammavariate", (r, a, k) -> {
            Object[] v = GAMMA.bind(a, k);
            return gamma(r, num(v[0]), num(v[1]));
        });
        m.put("betavariate", (r, a, k) -> {
            Object[] v = BETA.bind(a, k);
            double y = gamma(r, num(v[0]), 1.0);
            return y != 0.0 ? y / (y + gamma(r, num(v[1]), 1.0)) : 0.0;
        });
        m.put("paretovariate", (r, a, k) -> {
            double alpha = num(Native.oneArg("paretovariate", a, k));
            double u = 1.0 - r.mt.random();
            return pow(u, -1.0 / alpha);
        });
        m.put("weibullvariate", (r, a, k) -> {
            Object[] v = WEIBULL.bind(a, k);
            double u = 1.0 - r.mt.random();
            return num(v[0]) * pow(-Math.log(u), 1.0 / num(v[1]));
        });
    }

    private static double num(Object v) {
        Object f = PyOps.mul(v, 1.0);
        if (f instanceof Double d) {
            return d;
        }
        throw Errors.typeError("must be real number, not " + Py.typeName(v));
    }

    /** Python's float {@code **} for the cases these distributions reach. */
    private static double pow(double x, double y) {
        return (Double) PyOps.pow(x, y);
    }

    private static double triangular(RandomModule r, double low, double high, Double mode) {
        double u = r.mt.random();
        double c;
        if (mode == null) {
            c = 0.5;
        } else {
            if (high - low == 0.0) {
                return low;
            }
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * Math.sqrt(u * c);
    }

    private static double normal(RandomModule r, double mu, double sigma) {
        double z;
        while (true) {
            double u1 = r.mt.random();
            double u2 = 1.0 - r.mt.random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    private static double vonmises(RandomModule r, double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWOPI * r.mt.random();
        }
        double s = 0.5 / kappa;
        double rr = s + Math.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = r.mt.random();
            z = Math.cos(Math.PI * u1);
            double d = z / (rr + z);
            double u2 = r.mt.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) {
                break;
            }
        }
        double q = 1.0 / rr;
        double f = (q + z) / (1.0 + q * z);
        double u3 = r.mt.random();
        double theta = u3 > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
        return (Double) PyOps.mod(theta, TWOPI);
    }

    private static double gamma(RandomModule r, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw Errors.valueError("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - LOG4;
            double ccc = alpha + ainv;
            while (true) {
                double u1 = r.mt.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - r.mt.random();
                double v = Math.log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Math.exp(v);
                double z = u1 * u1 * u2;
                double rv = bbb + ccc * v - x;
                if (rv + SG_MAGICCONST - 4.5 * z >= 0.0 || rv >= Math.log(z)) {
                    return x * beta;
                }
            }
        }
        if (alpha == 1.0) {
            return -Math.log(1.0 - r.mt.random()) * beta;
        }
        double x;
        while (true) {
            double u = r.mt.random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            x = p <= 1.0 ? pow(p, 1.0 / alpha) : -Math.log((b - p) / alpha);
            double u1 = r.mt.random();
            if (p > 1.0) {
                if (u1 <= pow(x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= Math.exp(-x)) {
                break;
            }
        }
        return x * beta;
    }
}
