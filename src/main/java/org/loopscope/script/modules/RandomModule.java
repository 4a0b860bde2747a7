package org.loopscope.script.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PySet;

/**
 * The {@code random} module with CPython's generator and algorithms, so the same seed gives the same numbers as
 * under {@code python3}: {@code seed}, {@code random}, {@code getrandbits}, {@code randrange}, {@code randint},
 * {@code choice}, {@code choices}, {@code shuffle}, {@code sample}, {@code uniform}, {@code gauss},
 * the continuous distributions of {@link RandomDistributions}, and the class {@code Random} whose instances have
 * generators of their own. The run seeds it (CPython would seed from the operating system).
 */
final class RandomModule {

    final MersenneTwister mt = new MersenneTwister();
    private Double gaussNext;

    private RandomModule(long seed) {
        mt.seed(BigInteger.valueOf(seed));
    }

    private static final Signature SEED = Signature.of("seed(a=None, version=2)");
    private static final Signature RANDRANGE = Signature.of("randrange(start, stop=None, step=1)");
    private static final Signature RANDINT = Signature.of("randint(a, b)");
    private static final Signature CHOICES =
            Signature.of("choices(population, weights=None, *, cum_weights=None, k=1)");
    private static final Signature SAMPLE = Signature.of("sample(population, k, *, counts=None)");
    private static final Signature UNIFORM = Signature.of("uniform(a, b)");
    private static final Signature GAUSS = Signature.of("gauss(mu=0.0, sigma=1.0)");

    /** A generator seeded with {@code seed} (a {@code random.Random} instance's state). */
    static RandomModule seeded(Object seed) {
        RandomModule r = new RandomModule(0);
        r.seed(seed);
        return r;
    }

    /** What a function or method of the module does with its generator {@code r}. */
    interface Impl {
        Object call(RandomModule r, Object[] a, String[] k);
    }

    /** The module's functions, which are also the methods of {@code random.Random}, by name. */
    static final java.util.Map<String, Impl> METHODS = methods();

    static PyModule create(long seed) {
        RandomModule r = new RandomModule(seed);
        PyModule module = new PyModule("random", org.loopscope.engine.Engine.CPYTHON_ASYNCIO
                .replace("/asyncio", "/random.py"));
        PyDict d = module.dict();
        METHODS.forEach((name, impl) -> d.put(name, new BuiltinFunction(name, (a, k) -> impl.call(r, a, k))));
        d.put("Random", RandomObject.TYPE);
        return module;
    }

    private static java.util.Map<String, Impl> methods() {
        java.util.Map<String, Impl> m = new java.util.LinkedHashMap<>();
        m.put("seed", (r, a, k) -> {
            r.seed(SEED.bind(a, k)[0]);
            return Py.NONE;
        });
        m.put("random", (r, a, k) -> {
            org.loopscope.script.interp.Native.noArgs("random", a, k);
            return r.mt.random();
        });
        m.put("getrandbits", (r, a, k) -> {
            long n = PyOps.asLong(org.loopscope.script.interp.Native.oneArg("getrandbits", a, k));
            if (n < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            return Py.integer(r.mt.getrandbits((int) n));
        });
        m.put("randrange", (r, a, k) -> {
            Object[] v = RANDRANGE.bind(a, k);
            return r.randrange(v[0], v[1], v[2]);
        });
        m.put("randint", (r, a, k) -> {
            Object[] v = RANDINT.bind(a, k);
            return r.randrange(v[0], PyOps.add(v[1], 1L), null);
        });
        m.put("choice", (r, a, k) -> {
            Object seq = org.loopscope.script.interp.Native.oneArg("choice", a, k);
            long n = PyOps.len(seq);
            if (n == 0) {
                throw Errors.indexError("Cannot choose from an empty sequence");
            }
            return PyOps.getitem(seq, r.randbelow(BigInteger.valueOf(n)));
        });
        m.put("shuffle", (r, a, k) -> {
            Object x = org.loopscope.script.interp.Native.oneArg("shuffle", a, k);
            for (long i = PyOps.len(x) - 1; i > 0; i--) {
                Object j = r.randbelow(BigInteger.valueOf(i + 1));
                Object iv = Py.integer(i);
                Object xi = PyOps.getitem(x, iv);
                Object xj = PyOps.getitem(x, j);
                PyOps.setitem(x, iv, xj);
                PyOps.setitem(x, j, xi);
            }
            return Py.NONE;
        });
        m.put("uniform", (r, a, k) -> {
            Object[] v = UNIFORM.bind(a, k);
            return PyOps.add(v[0], PyOps.mul(PyOps.sub(v[1], v[0]), r.mt.random()));
        });
        m.put("choices", (r, a, k) -> r.choices(CHOICES.bind(a, k)));
        m.put("sample", (r, a, k) -> r.sample(SAMPLE.bind(a, k)));
        m.put("gauss", (r, a, k) -> {
            Object[] v = GAUSS.bind(a, k);
            double z = r.gauss();
            Object mu = v[0] == null ? 0.0 : v[0];
            Object sigma = v[1] == null ? 1.0 : v[1];
            return PyOps.add(mu, PyOps.mul(z, sigma));
        });
        RandomDistributions.install(m);
        return m;
    }

    private void seed(Object a) {
        gaussNext = null;
        if (a == null || Py.isNone(a)) {
            mt.seed(BigInteger.ZERO);
            return;
        }
        if (a instanceof Long || a instanceof BigInteger || a instanceof Boolean) {
            mt.seed(toBig(a));
            return;
        }
        if (a instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            mt.seed(new BigInteger(1, all));
            return;
        }
        if (a instanceof Double dd) {
            mt.seed(BigInteger.valueOf(PyOps.hash(dd)));
            return;
        }
        throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }

    private static BigInteger toBig(Object v) {
        Object index = PyOps.indexOrNull(v);
        if (index == null) {
            throw Errors.typeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return index instanceof BigInteger b ? b : BigInteger.valueOf((Long) index);
    }

    /** {@code _randbelow(n)} by rejection sampling of {@code n.bit_length()} bits. */
    Object randbelow(BigInteger n) {
        if (n.signum() == 0) {
            return Py.integer(0);
        }
        int k = n.bitLength();
        BigInteger r = mt.getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = mt.getrandbits(k);
        }
        return Py.integer(r);
    }

    private Object randrange(Object start, Object stop, Object step) {
        BigInteger istart = toBig(start);
        if (stop == null || Py.isNone(stop)) {
            if (step != null && !toBig(step).equals(BigInteger.ONE)) {
                throw Errors.typeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return randbelow(istart);
            }
            throw Errors.valueError("empty range for randrange()");
        }
        BigInteger istop = toBig(stop);
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == null ? BigInteger.ONE : toBig(step);
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return Py.integer(istart.add(toBig(randbelow(width))));
            }
            throw Errors.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return Py.integer(istart.add(istep.multiply(toBig(randbelow(n)))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private Object choices(Object[] v) {
        Object population = v[0];
        Object weights = v[1] == null || Py.isNone(v[1]) ? null : v[1];
        Object cumWeights = v[2] == null || Py.isNone(v[2]) ? null : v[2];
        long k = v[3] == null ? 1 : PyOps.asLong(v[3]);
        long n = PyOps.len(population);
        PyList out = new PyList();
        if (cumWeights == null) {
            if (weights == null) {
                double nf = n;
                for (long i = 0; i < k; i++) {
                    out.append(PyOps.getitem(population, Py.integer((long) Math.floor(mt.random() * nf))));
                }
                return out;
            }
            PyList acc = new PyList();
            Object total = null;
            Object it = PyOps.iter(weights);
            for (Object w = PyOps.next(it); w != org.loopscope.script.runtime.PyIterator.STOP; w = PyOps.next(it)) {
                total = total == null ? w : PyOps.add(total, w);
                acc.append(total);
            }
            cumWeights = acc;
        } else if (weights != null) {
            throw Errors.typeError("Cannot specify both weights and cumulative weights");
        }
        PyList cum = PyList.from(cumWeights);
        if (cum.size() != n) {
            throw Errors.valueError("The number of weights does not match the population");
        }
        double total = ((Number) PyOps.add(cum.get(cum.size() - 1), 0.0)).doubleValue();
        if (total <= 0.0) {
            throw Errors.valueError("Total of weights must be greater than zero");
        }
        if (Double.isInfinite(total) || Double.isNaN(total)) {
            throw Errors.valueError("Total of weights must be finite");
        }
        int hi = (int) n - 1;
        for (long i = 0; i < k; i++) {
            double x = mt.random() * total;
            int lo = 0;
            int h = hi;
            while (lo < h) {
                int mid = (lo + h) / 2;
                if (PyOps.compareBool(x, cum.get(mid), org.loopscope.script.runtime.CmpOp.LT)) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.append(PyOps.getitem(population, Py.integer(lo)));
        }
        return out;
    }

    private Object sample(Object[] v) {
        Object population = v[0];
        if (population instanceof PySet) {
            throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = PyOps.len(population);
        long k = PyOps.asLong(v[1]);
        if (k < 0 || k > n) {
            throw Errors.valueError("Sample larger than population or is negative");
        }
        Object[] result = new Object[(int) k];
        long setsize = 21;
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        if (n <= setsize) {
            PyList pool = PyList.from(population);
            for (int i = 0; i < k; i++) {
                int j = ((Long) randbelow(BigInteger.valueOf(n - i))).intValue();
                result[i] = pool.get(j);
                pool.set(j, pool.get((int) (n - i - 1)));
            }
        } else {
            java.util.Set<Long> selected = new java.util.HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = (Long) randbelow(BigInteger.valueOf(n));
                while (selected.contains(j)) {
                    j = (Long) randbelow(BigInteger.valueOf(n));
                }
                selected.add(j);
                result[i] = PyOps.getitem(population, Py.integer(j));
            }
        }
        return PyList.of(result);
    }

    private double gauss() {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = mt.random() * 2 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - mt.random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return z;
    }

    static Object unused() {
        throw Errors.of(ExcTypes.NOT_IMPLEMENTED_ERROR);
    }
}
