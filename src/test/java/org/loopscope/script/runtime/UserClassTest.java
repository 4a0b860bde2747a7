package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * User classes through the protocols the VM will drive. The expected values are CPython's for the equivalent
 * Python class, quoted above each test.
 */
class UserClassTest {

    private static Object call(Object callable, Object... args) {
        return PyOps.call(callable, args);
    }

    private static String message(Runnable action) {
        try {
            action.run();
        } catch (PyException error) {
            return error.type().name() + ": " + error.str();
        }
        throw new AssertionError("no exception");
    }

    /*
     * class Point:
     *     def __init__(self, x, y): self.x = x; self.y = y
     *     def __repr__(self): return f"Point({self.x}, {self.y})"
     *     def __eq__(self, other): return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
     */
    private static PyType point() {
        PyType[] self = new PyType[1];
        self[0] = new JavaFunction.ClassBuilder("Point")
                .def("__init__", a -> {
                    Attrs.setattr(a[0], "x", a[1]);
                    Attrs.setattr(a[0], "y", a[2]);
                    return Py.NONE;
                })
                .def("__repr__", a -> "Point(" + Reprs.str(Attrs.getattr(a[0], "x")) + ", "
                        + Reprs.str(Attrs.getattr(a[0], "y")) + ")")
                .def("__eq__", a -> Py.isInstance(a[1], self[0]) && PyOps.eqBool(
                        PyTuple.of(Attrs.getattr(a[0], "x"), Attrs.getattr(a[0], "y")),
                        PyTuple.of(Attrs.getattr(a[1], "x"), Attrs.getattr(a[1], "y"))))
                .build();
        return self[0];
    }

    @Test
    void reprStrEqualityAndUnhashability() {
        PyType point = point();
        Object p = call(point, 1L, 2L);
        assertThat(Reprs.repr(p)).isEqualTo("Point(1, 2)");
        assertThat(Reprs.str(p)).isEqualTo("Point(1, 2)");
        assertThat(Reprs.repr(PyList.of(p))).isEqualTo("[Point(1, 2)]");
        assertThat(PyOps.eq(p, call(point, 1L, 2L))).isEqualTo(true);
        assertThat(PyOps.ne(p, call(point, 1L, 2L))).isEqualTo(false);
        assertThat(PyOps.eq(p, 5L)).isEqualTo(false);
        assertThat(message(() -> PyOps.hash(p))).isEqualTo("TypeError: unhashable type: 'Point'");
        assertThat(message(() -> new PySet().add(p))).isEqualTo("TypeError: unhashable type: 'Point'");
    }

    /* class Plain: pass */
    @Test
    void plainClassDefaults() {
        PyType plain = new JavaFunction.ClassBuilder("Plain").build();
        Object instance = call(plain);
        assertThat(Reprs.repr(instance)).matches("<__main__\\.Plain object at 0x[0-9a-f]+>");
        assertThat(Reprs.repr(plain)).isEqualTo("<class '__main__.Plain'>");
        assertThat(Attrs.getattr(plain, "__name__")).isEqualTo("Plain");
        assertThat(Attrs.getattr(plain, "__module__")).isEqualTo("__main__");
        assertThat(message(() -> call(plain, 1L))).isEqualTo("TypeError: Plain() takes no arguments");
        assertThat(message(() -> Attrs.getattr(instance, "foo")))
                .isEqualTo("AttributeError: 'Plain' object has no attribute 'foo'");
        assertThat(message(() -> Attrs.getattr(plain, "foo")))
                .isEqualTo("AttributeError: type object 'Plain' has no attribute 'foo'");
        assertThat(PyOps.hash(instance)).isEqualTo(PyOps.hash(instance));
        assertThat(PyOps.isCallable(instance)).isFalse();
        Attrs.setattr(instance, "a", 1L);
        assertThat(Reprs.repr(Attrs.getattr(instance, "__dict__"))).isEqualTo("{'a': 1}");
        Attrs.delattr(instance, "a");
        assertThat(Attrs.hasattr(instance, "a")).isFalse();
    }

    /*
     * class MyErr(Exception):
     *     def __init__(self, code): self.code = code
     * class Msg(Exception):
     *     def __init__(self, m): super().__init__("msg: " + m)
     */
    @Test
    void exceptionSubclasses() {
        PyType myErr = new JavaFunction.ClassBuilder("MyErr", ExcTypes.EXCEPTION)
                .def("__init__", a -> {
                    Attrs.setattr(a[0], "code", a[1]);
                    return Py.NONE;
                }).build();
        PyException e = (PyException) call(myErr, 5L);
        assertThat(Reprs.repr(e)).isEqualTo("MyErr(5)");
        assertThat(Reprs.str(e)).isEqualTo("5");
        assertThat(Reprs.repr(e.args())).isEqualTo("(5,)");
        assertThat(Attrs.getattr(e, "code")).isEqualTo(5L);
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(Exceptions.formatExceptionOnly(e)).isEqualTo("MyErr: 5\n");

        PyType[] msg = new PyType[1];
        msg[0] = new JavaFunction.ClassBuilder("Msg", ExcTypes.EXCEPTION)
                .def("__init__", a -> PyOps.callMethod(new PySuper(msg[0], a[0]), "__init__",
                        PyOps.add("msg: ", a[1])))
                .build();
        Object m = call(msg[0], "x");
        assertThat(Reprs.repr(m)).isEqualTo("Msg('msg: x')");
        assertThat(Reprs.str(m)).isEqualTo("msg: x");
        assertThat(Py.isInstance(m, ExcTypes.BASE_EXCEPTION)).isTrue();
        assertThat(new ScriptHost().isInstance((PyException) m, org.loopscope.engine.ErrorType.EXCEPTION)).isTrue();
    }

    /*
     * class V:
     *     def __init__(self, v): self.v = v
     *     def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
     *     def __radd__(self, o): return V(o + self.v)
     *     def __repr__(self): return f"V({self.v})"
     *     def __lt__(self, o): return self.v < o.v
     *     def __len__(self): return self.v
     *     def __bool__(self): return self.v > 1
     * class Sub(V):
     *     def __radd__(self, o): return "Sub.radd"
     */
    @Test
    void operatorsThroughDunders() {
        PyType[] v = new PyType[1];
        v[0] = new JavaFunction.ClassBuilder("V")
                .def("__init__", a -> {
                    Attrs.setattr(a[0], "v", a[1]);
                    return Py.NONE;
                })
                .def("__add__", a -> call(v[0], PyOps.add(Attrs.getattr(a[0], "v"),
                        Py.isInstance(a[1], v[0]) ? Attrs.getattr(a[1], "v") : a[1])))
                .def("__radd__", a -> call(v[0], PyOps.add(a[1], Attrs.getattr(a[0], "v"))))
                .def("__repr__", a -> "V(" + Reprs.repr(Attrs.getattr(a[0], "v")) + ")")
                .def("__lt__", a -> PyOps.lt(Attrs.getattr(a[0], "v"), Attrs.getattr(a[1], "v")))
                .def("__len__", a -> Attrs.getattr(a[0], "v"))
                .def("__bool__", a -> PyOps.gt(Attrs.getattr(a[0], "v"), 1L))
                .build();
        PyType vt = v[0];
        assertThat(Reprs.repr(PyOps.add(call(vt, 1L), call(vt, 2L)))).isEqualTo("V(3)");
        assertThat(Reprs.repr(PyOps.add(call(vt, 1L), 5L))).isEqualTo("V(6)");
        assertThat(Reprs.repr(PyOps.add(5L, call(vt, 1L)))).isEqualTo("V(6)");
        PyList list = PyList.of(call(vt, 3L), call(vt, 1L), call(vt, 2L));
        Sorting.sort(list, null, false);
        assertThat(Reprs.repr(list)).isEqualTo("[V(1), V(2), V(3)]");
        assertThat(PyOps.len(call(vt, 4L))).isEqualTo(4);
        assertThat(PyOps.truthy(call(vt, 1L))).isFalse();
        assertThat(message(() -> PyOps.sub(call(vt, 1L), call(vt, 2L))))
                .isEqualTo("TypeError: unsupported operand type(s) for -: 'V' and 'V'");
        assertThat(message(() -> PyOps.gt(call(vt, 1L), 5L)))
                .isEqualTo("TypeError: '>' not supported between instances of 'V' and 'int'");
        PyType sub = new JavaFunction.ClassBuilder("Sub", vt).def("__radd__", a -> "Sub.radd").build();
        assertThat(PyOps.add(call(vt, 1L), call(sub, 2L))).isEqualTo("Sub.radd");
    }

    /*
     * class Seq:
     *     def __getitem__(self, i):
     *         if i >= 3: raise IndexError(i)
     *         return i * 10
     * class Counter:
     *     def __init__(self): self.n = 0
     *     def __iter__(self): return self
     *     def __next__(self): ... 1, 2, 3 then StopIteration
     */
    @Test
    void iterationProtocols() {
        PyType seq = new JavaFunction.ClassBuilder("Seq").def("__getitem__", a -> {
            if (Ints.compare(a[1], 3L) >= 0) {
                throw Errors.indexError(Reprs.str(a[1]));
            }
            return PyOps.mul(a[1], 10L);
        }).build();
        assertThat(Reprs.repr(PyList.from(call(seq)))).isEqualTo("[0, 10, 20]");
        assertThat(PyOps.contains(call(seq), 10L)).isTrue();
        assertThat(PyOps.contains(call(seq), 5L)).isFalse();
        PyType counter = new JavaFunction.ClassBuilder("Counter")
                .def("__init__", a -> {
                    Attrs.setattr(a[0], "n", 0L);
                    return Py.NONE;
                })
                .def("__iter__", a -> a[0])
                .def("__next__", a -> {
                    Object n = PyOps.add(Attrs.getattr(a[0], "n"), 1L);
                    Attrs.setattr(a[0], "n", n);
                    if (Ints.compare(n, 3L) > 0) {
                        throw Errors.of(ExcTypes.STOP_ITERATION);
                    }
                    return n;
                }).build();
        assertThat(Reprs.repr(PyList.from(call(counter)))).isEqualTo("[1, 2, 3]");
        PyType bad = new JavaFunction.ClassBuilder("Bad").def("__iter__", a -> 5L).build();
        assertThat(message(() -> PyOps.iter(call(bad)))).isEqualTo("TypeError: iter() returned non-iterator of type 'int'");
    }

    /*
     * class A:
     *     def hello(self): return "A"
     * class B(A):
     *     def hello(self): return "B" + super().hello()
     */
    @Test
    void inheritanceAndSuper() {
        PyType a = new JavaFunction.ClassBuilder("A").def("hello", x -> "A").build();
        PyType[] b = new PyType[1];
        b[0] = new JavaFunction.ClassBuilder("B", a)
                .def("hello", x -> PyOps.add("B", PyOps.callMethod(new PySuper(b[0], x[0]), "hello"))).build();
        assertThat(PyOps.callMethod(call(b[0]), "hello")).isEqualTo("BA");
        assertThat(Reprs.repr(Attrs.getattr(b[0], "__mro__")))
                .isEqualTo("(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)");
        assertThat(Reprs.repr(Attrs.getattr(call(b[0]), "hello"))).startsWith("<bound method B.hello of <__main__.B");
        assertThat(Reprs.repr(new PySuper(b[0], call(b[0])))).isEqualTo("<super: <class 'B'>, <B object>>");
    }

    @Test
    void methodResolutionOrderErrors() {
        PyType a = new JavaFunction.ClassBuilder("A").build();
        PyType b = new JavaFunction.ClassBuilder("B", a).build();
        assertThat(message(() -> new JavaFunction.ClassBuilder("C", a, b).build())).isEqualTo(
                "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
        assertThat(message(() -> new JavaFunction.ClassBuilder("D", a, a).build()))
                .isEqualTo("TypeError: duplicate base class A");
        assertThat(message(() -> new JavaFunction.ClassBuilder("E", Types.BOOL).build()))
                .isEqualTo("TypeError: type 'bool' is not an acceptable base type");
        PyType c = new JavaFunction.ClassBuilder("C", b, a).build();
        assertThat(Reprs.repr(Attrs.getattr(c, "__mro__"))).isEqualTo(
                "(<class '__main__.C'>, <class '__main__.B'>, <class '__main__.A'>, <class 'object'>)");
    }

    /*
     * class Prop:
     *     def __init__(self): self._x = 1
     *     @property
     *     def x(self): return self._x
     *     @x.setter
     *     def x(self, v): self._x = v * 2
     */
    @Test
    void propertiesClassAndStaticMethods() {
        PyProperty getter = new PyProperty(new JavaFunction("Prop.x", a -> Attrs.getattr(a[0], "_x")), null, null,
                null);
        Object property = PyOps.callMethod(getter, "setter", new JavaFunction("Prop.x", a -> {
            Attrs.setattr(a[0], "_x", PyOps.mul(a[1], 2L));
            return Py.NONE;
        }));
        PyType prop = new JavaFunction.ClassBuilder("Prop")
                .def("__init__", a -> {
                    Attrs.setattr(a[0], "_x", 1L);
                    return Py.NONE;
                })
                .attr("x", property)
                .attr("make", new PyClassMethod(new JavaFunction("Prop.make", a -> PyOps.call(a[0]))))
                .attr("twice", new PyStaticMethod(new JavaFunction("Prop.twice", a -> PyOps.mul(a[0], 2L))))
                .attr("ro", getter)
                .build();
        Object p = call(prop);
        assertThat(Attrs.getattr(p, "x")).isEqualTo(1L);
        Attrs.setattr(p, "x", 5L);
        assertThat(Attrs.getattr(p, "x")).isEqualTo(10L);
        assertThat(Reprs.repr(PyOps.callMethod(prop, "make"))).startsWith("<__main__.Prop object at");
        assertThat(PyOps.callMethod(p, "twice", 21L)).isEqualTo(42L);
        assertThat(message(() -> Attrs.setattr(p, "ro", 1L)))
                .isEqualTo("AttributeError: property 'ro' of 'Prop' object has no setter");
        assertThat(Reprs.repr(Attrs.getattr(prop, "x"))).startsWith("<property object at");
    }

    /* class G:  def __getattr__(self, name): return "got " + name */
    @Test
    void getattrFallbackAndCallables() {
        PyType g = new JavaFunction.ClassBuilder("G").def("__getattr__", a -> PyOps.add("got ", a[1])).build();
        assertThat(Attrs.getattr(call(g), "anything")).isEqualTo("got anything");
        PyType c = new JavaFunction.ClassBuilder("Call").def("__call__", a -> PyOps.mul(a[1], 2L)).build();
        assertThat(PyOps.call(call(c), 21L)).isEqualTo(42L);
        assertThat(PyOps.isCallable(call(c))).isTrue();
        PyType bad = new JavaFunction.ClassBuilder("Bad").def("__repr__", a -> 5L)
                .def("__init__", a -> a.length > 1 ? 5L : Py.NONE).build();
        assertThat(message(() -> Reprs.repr(call(bad)))).isEqualTo("TypeError: __repr__ returned non-string (type int)");
        assertThat(message(() -> call(bad, 1L))).isEqualTo("TypeError: __init__() should return None, not 'int'");
    }

    /*
     * class H:
     *     def __init__(self, k): self.k = k
     *     def __eq__(self, o): return self.k == o.k
     *     def __hash__(self): return hash(self.k)
     */
    @Test
    void userKeysInDictsAndSets() {
        PyType h = new JavaFunction.ClassBuilder("H")
                .def("__init__", a -> {
                    Attrs.setattr(a[0], "k", a[1]);
                    return Py.NONE;
                })
                .def("__eq__", a -> PyOps.eq(Attrs.getattr(a[0], "k"), Attrs.getattr(a[1], "k")))
                .def("__hash__", a -> Ints.box(PyOps.hash(Attrs.getattr(a[0], "k"))))
                .build();
        PySet set = new PySet();
        set.add(call(h, 1L));
        set.add(call(h, 1L));
        set.add(call(h, 2L));
        assertThat(set.size()).isEqualTo(2);
        PyDict dict = new PyDict();
        dict.put(call(h, 1L), "a");
        assertThat(dict.get(call(h, 1L))).isEqualTo("a");
    }

    @Test
    void initSubclassAndSetName() {
        PyList seen = new PyList();
        PyType base = new JavaFunction.ClassBuilder("Base")
                .attr("__init_subclass__", new JavaFunction("Base.__init_subclass__", a -> {
                    seen.append(Attrs.getattr(a[0], "__name__"));
                    return Py.NONE;
                })).build();
        new JavaFunction.ClassBuilder("Child", base).build();
        assertThat(Reprs.repr(seen)).isEqualTo("['Child']");
    }
}
