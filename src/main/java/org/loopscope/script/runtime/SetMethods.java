package org.loopscope.script.runtime;

/**
 * The methods and operators of {@code set} and {@code frozenset}, following CPython's algorithms step by step
 * (which set is iterated, in which order elements are added) so results iterate in CPython's order.
 */
final class SetMethods {

    private SetMethods() {
    }

    private static PySet s(Object self) {
        return (PySet) self;
    }

    static void install() {
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = t == Types.FROZENSET;
            Types.method(t, "union", (self, args, kw) -> {
                Args.noKeywords(t.name() + ".union", kw);
                PySet result = s(self).copy(s(self).frozen());
                for (Object other : args) {
                    result.update(other);
                }
                return result;
            });
            Types.method(t, "intersection", (self, args, kw) -> {
                Args.noKeywords(t.name() + ".intersection", kw);
                PySet result = s(self);
                if (args.length == 0) {
                    return result.copy(result.frozen());
                }
                for (Object other : args) {
                    result = intersection(result, other, s(self).frozen());
                }
                return result;
            });
            Types.method(t, "difference", (self, args, kw) -> {
                Args.noKeywords(t.name() + ".difference", kw);
                PySet result = s(self);
                if (args.length == 0) {
                    return result.copy(result.frozen());
                }
                result = difference(result, args[0], s(self).frozen());
                for (int i = 1; i < args.length; i++) {
                    differenceUpdate(result, args[i]);
                }
                return result;
            });
            Types.method1(t, "symmetric_difference", (self, other) -> symmetricDifference(s(self), other));
            Types.method1(t, "issubset", (self, other) -> isSubset(s(self), asSet(other)));
            Types.method1(t, "issuperset", (self, other) -> {
                if (other instanceof PySet set) {
                    return isSubset(set, s(self));
                }
                Object iterator = PyOps.iter(other);
                for (Object v = PyOps.next(iterator); v != PyIterator.STOP; v = PyOps.next(iterator)) {
                    if (!s(self).contains(v)) {
                        return false;
                    }
                }
                return true;
            });
            Types.method1(t, "isdisjoint", (self, other) -> {
                Object iterator = PyOps.iter(other);
                for (Object v = PyOps.next(iterator); v != PyIterator.STOP; v = PyOps.next(iterator)) {
                    if (s(self).contains(v)) {
                        return false;
                    }
                }
                return true;
            });
            Types.method0(t, "copy", self -> frozen ? self : s(self).copy(false));
            Types.classMethod(t, "__class_getitem__", (args, kw) -> new GenericAlias(args[0], args[1]));
        }
        PyType t = Types.SET;
        Types.method1(t, "add", (self, value) -> {
            s(self).add(value);
            return Types.NONE;
        });
        Types.method1(t, "discard", (self, value) -> {
            s(self).discard(value);
            return Types.NONE;
        });
        Types.method1(t, "remove", (self, value) -> {
            if (!s(self).discard(value)) {
                throw Errors.keyError(value);
            }
            return Types.NONE;
        });
        Types.method0(t, "pop", self -> {
            Object value = s(self).pop();
            if (value == null) {
                throw Errors.keyError("pop from an empty set");
            }
            return value;
        });
        Types.method0(t, "clear", self -> {
            s(self).clear();
            return Types.NONE;
        });
        Types.method(t, "update", (self, args, kw) -> {
            Args.noKeywords("set.update", kw);
            for (Object other : args) {
                s(self).update(other);
            }
            return Types.NONE;
        });
        Types.method(t, "intersection_update", (self, args, kw) -> {
            Args.noKeywords("set.intersection_update", kw);
            for (Object other : args) {
                intersectionUpdate(s(self), other);
            }
            return Types.NONE;
        });
        Types.method(t, "difference_update", (self, args, kw) -> {
            Args.noKeywords("set.difference_update", kw);
            for (Object other : args) {
                differenceUpdate(s(self), other);
            }
            return Types.NONE;
        });
        Types.method1(t, "symmetric_difference_update", (self, other) -> {
            symmetricDifferenceUpdate(s(self), other);
            return Types.NONE;
        });
    }

    private static PySet asSet(Object value) {
        return value instanceof PySet set ? set : PySet.from(value, false);
    }

    /** The set operators {@code | & - ^} on sets and set-like dict views; NotImplemented for other operands. */
    static Object operator(BinOp op, Object a, Object b) {
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case OR -> {
                    PySet result = x.copy(x.frozen());
                    if (x != y) {
                        result.update(y);
                    }
                    yield result;
                }
                case AND -> intersection(x, y, x.frozen());
                case SUB -> difference(x, y, x.frozen());
                case XOR -> symmetricDifference(x, y);
                default -> Types.NOT_IMPLEMENTED;
            };
        }
        boolean view = a instanceof DictView v && v.setLike() || b instanceof DictView w && w.setLike();
        if (view && !Iterators.isNotIterable(a) && !Iterators.isNotIterable(b)) {
            PySet left = PySet.from(a, false);
            return switch (op) {
                case OR -> {
                    left.update(b);
                    yield left;
                }
                case AND -> intersection(left, b, false);
                case SUB -> {
                    differenceUpdate(left, b);
                    yield left;
                }
                case XOR -> {
                    symmetricDifferenceUpdate(left, b);
                    yield left;
                }
                default -> Types.NOT_IMPLEMENTED;
            };
        }
        if (a instanceof PyDict x && b instanceof PyDict y && op == BinOp.OR) {
            PyDict result = x.copy();
            result.putAll(y);
            return result;
        }
        return Types.NOT_IMPLEMENTED;
    }

    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int e = a.next(0); e >= 0; e = a.next(e + 1)) {
            if (!b.contains(a.keyAt(e), a.hashAt(e))) {
                return false;
            }
        }
        return true;
    }

    static PySet intersection(PySet so, Object other, boolean frozen) {
        if (so == other) {
            return so.copy(frozen);
        }
        PySet result = new PySet(frozen);
        if (other instanceof PySet set) {
            PySet big = so;
            PySet small = set;
            if (small.size() > big.size()) {
                big = set;
                small = so;
            }
            for (int e = small.next(0); e >= 0; e = small.next(e + 1)) {
                if (big.contains(small.keyAt(e), small.hashAt(e))) {
                    result.add(small.keyAt(e), small.hashAt(e));
                }
            }
            return result;
        }
        Object iterator = PyOps.iter(other);
        for (Object v = PyOps.next(iterator); v != PyIterator.STOP; v = PyOps.next(iterator)) {
            long h = PyOps.hash(v);
            if (so.contains(v, h)) {
                result.add(v, h);
            }
        }
        return result;
    }

    static PySet intersectionUpdate(PySet so, Object other) {
        PySet result = intersection(so, other, false);
        so.takeContent(result);
        return so;
    }

    static PySet difference(PySet so, Object other, boolean frozen) {
        long otherSize;
        if (other instanceof PySet set) {
            otherSize = set.size();
        } else if (other instanceof PyDict dict) {
            otherSize = dict.size();
        } else {
            PySet result = so.copy(frozen);
            differenceUpdate(result, other);
            return result;
        }
        if ((so.size() >> 2) > otherSize) {
            PySet result = so.copy(frozen);
            differenceUpdate(result, other);
            return result;
        }
        PySet result = new PySet(frozen);
        for (int e = so.next(0); e >= 0; e = so.next(e + 1)) {
            Object key = so.keyAt(e);
            boolean present = other instanceof PySet set ? set.contains(key, so.hashAt(e))
                    : ((PyDict) other).containsKey(key);
            if (!present) {
                result.add(key, so.hashAt(e));
            }
        }
        return result;
    }

    static void differenceUpdate(PySet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySet set) {
            PySet source = (set.size() >> 3) > so.size() ? intersection(so, set, false) : set;
            for (int e = source.next(0); e >= 0; e = source.next(e + 1)) {
                so.discard(source.keyAt(e), source.hashAt(e));
            }
        } else {
            Object iterator = PyOps.iter(other);
            for (Object v = PyOps.next(iterator); v != PyIterator.STOP; v = PyOps.next(iterator)) {
                so.discard(v);
            }
        }
        so.shrinkIfSparse();
    }

    static PySet symmetricDifference(PySet so, Object other) {
        PySet result = new PySet(so.frozen());
        result.update(other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    static void symmetricDifferenceUpdate(PySet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PyDict dict) {
            for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
                if (!so.discard(dict.keyAt(e), dict.hashAt(e))) {
                    so.add(dict.keyAt(e), dict.hashAt(e));
                }
            }
            return;
        }
        PySet set = other instanceof PySet s ? s : PySet.from(other, false);
        for (int e = set.next(0); e >= 0; e = set.next(e + 1)) {
            if (!so.discard(set.keyAt(e), set.hashAt(e))) {
                so.add(set.keyAt(e), set.hashAt(e));
            }
        }
    }
}
