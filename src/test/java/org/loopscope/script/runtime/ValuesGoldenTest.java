package org.loopscope.script.runtime;

import static org.loopscope.script.runtime.Expr.attr;
import static org.loopscope.script.runtime.Expr.big;
import static org.loopscope.script.runtime.Expr.call;
import static org.loopscope.script.runtime.Expr.dict;
import static org.loopscope.script.runtime.Expr.ints;
import static org.loopscope.script.runtime.Expr.list;
import static org.loopscope.script.runtime.Expr.meth;
import static org.loopscope.script.runtime.Expr.bi;
import static org.loopscope.script.runtime.Expr.none;
import static org.loopscope.script.runtime.Expr.op;
import static org.loopscope.script.runtime.Expr.raw;
import static org.loopscope.script.runtime.Expr.set;
import static org.loopscope.script.runtime.Expr.tuple;
import static org.loopscope.script.runtime.Expr.v;

/** repr() and str() of values of every builtin type, compared with CPython. */
class ValuesGoldenTest extends GoldenSuite {

    @Override
    String name() {
        return "values";
    }

    @Override
    void define() {
        c("int_zero", v(0));
        c("int_negative", v(-5));
        c("int_big", big("1267650600228229401496703205376"));
        c("int_big_negative", big("-98765432109876543210987654321"));
        c("int_max_long_plus", op(v(Long.MAX_VALUE), "+", v(1)));
        c("bool_true", v(true));
        c("bool_str", call("str", v(false)));
        c("none", none());
        c("none_str", call("str", none()));
        double[] floats = {0.1, 1e16, 1e15, 1.5e-5, 1e-4, 1e-5, -0.0, 100.0, 1e22, 1e23, 1e-7, 123456789.123, 5e-324,
            1.7976931348623157e308, 0.3, 2.0 / 3, 1.0 / 3, 9007199254740993.0, 123.456, -2.5, 1e100, 4.35, 0.000123,
            299792458.0, 6.02214076e23, 1.602176634e-19, 3.141592653589793, 2.718281828459045, 1234567890123456.7};
        for (int i = 0; i < floats.length; i++) {
            c("float_" + i, v(floats[i]));
        }
        c("float_inf", v(Double.POSITIVE_INFINITY));
        c("float_neg_inf", v(Double.NEGATIVE_INFINITY));
        c("float_nan", v(Double.NaN));
        c("float_str", call("str", v(0.1)));
        c("str_plain", v("hello"));
        c("str_single_quote", v("it's"));
        c("str_double_quote", v("say \"hi\""));
        c("str_both_quotes", v("it's \"x\""));
        c("str_escapes", v("a\nb\tc\\d\re"));
        c("str_controls", v("\u0000\u0007\u001b\u007f"));
        c("str_latin1", v("caf\u00e9 \u00a0\u00ad"));
        c("str_unicode", v("\u4f60\u597d \u2028 \u200b"));
        c("str_astral", v("\ud83d\ude00!"));
        c("str_lone_surrogate", raw("'\\ud800'", () -> "\ud800"));
        c("str_str", call("str", v("it's")));
        c("ascii", call("ascii", v("caf\u00e9 \ud83d\ude00")));
        c("list_mixed", list(v(1), v("a"), v(2.5), none(), v(true), list(), tuple()));
        c("tuple_one", tuple(v(1)));
        c("tuple_empty", tuple());
        c("tuple_nested", tuple(tuple(v(1), v(2)), list(v(3))));
        c("dict_mixed", dict(v("a"), v(1), v(2), list(v(3)), tuple(v(1), v(2)), none()));
        c("dict_empty", dict());
        c("dict_same_keys", dict(v(1), v("int"), v(1.0), v("float"), v(true), v("bool")));
        c("set_ints", set(ints(5, 3, 1, 4, 2)));
        c("set_empty", set());
        c("set_negative", set(ints(-1, -2, 100, 7, 15)));
        c("set_display_negative", Expr.setDisplay(ints(-1, -2, 100, 7, 15)));
        c("set_display_mixed", Expr.setDisplay(ints(33, 1, 65, 2, 97, 8)));
        c("frozenset", call("frozenset", list(ints(3, 1, 2))));
        c("frozenset_empty", call("frozenset"));
        c("range", call("range", v(10)));
        c("range_step", call("range", v(1), v(10), v(2)));
        c("range_negative_step", call("range", v(10), v(0), v(-3)));
        c("slice_object", call("slice", v(1), v(5)));
        c("slice_full", call("slice", none(), v(5), v(2)));
        c("ellipsis", bi("Ellipsis"));
        c("not_implemented", bi("NotImplemented"));
        c("type_int", bi("int"));
        c("type_of_type", call("type", bi("int")));
        c("type_of_none", call("type", none()));
        c("type_of_true", call("type", v(true)));
        c("type_of_range_iter", call("type", call("iter", call("range", v(3)))));
        c("type_of_str_iter", call("type", call("iter", v("ab"))));
        c("type_of_str_iter_unicode", call("type", call("iter", v("\u00e9"))));
        c("type_of_list_iter", call("type", call("iter", list())));
        c("type_of_dict_items_iter", call("type", call("iter", meth(dict(), "items"))));
        c("type_value_error", bi("ValueError"));
        c("builtin_len", bi("len"));
        c("method_descriptor", attr(bi("list"), "append"));
        c("str_join_descriptor", attr(bi("str"), "join"));
        c("exception_repr", call("ValueError", v("x")));
        c("exception_repr_two", call("ValueError", v(1), v("b")));
        c("exception_repr_none", call("RuntimeError"));
        c("exception_str_two", call("str", call("ValueError", v(1), v("b"))));
        c("key_error_repr", call("KeyError", v("a")));
        c("key_error_str", call("str", call("KeyError", v("a"))));
        c("key_error_str_empty", call("str", call("KeyError")));
        c("key_error_str_tuple", call("str", call("KeyError", tuple(v(1), v(2)))));
        c("exception_in_list", list(call("ValueError", v(1)), call("TypeError")));
        c("exception_group", call("ExceptionGroup", v("msg"), list(call("ValueError", v(1)))));
        c("exception_group_str", call("str", call("ExceptionGroup", v("msg"), list(call("ValueError", v(1))))));
        c("exception_group_str_two", call("str", call("ExceptionGroup", v("m"),
                list(call("ValueError", v(1)), call("KeyError", v(2))))));
        c("base_exception_group_promotes", call("type", call("BaseExceptionGroup", v("m"),
                list(call("ValueError")))));
        c("base_exception_group_stays", call("BaseExceptionGroup", v("m"), list(call("KeyboardInterrupt"))));
        c("os_error_str", call("str", call("OSError", v(2), v("No such file"))));
        c("os_error_subclass", call("OSError", v(2), v("x")));
        c("os_error_filename", call("str", call("OSError", v(13), v("Denied"), v("/tmp/x"))));
        c("stop_iteration_value", attr(call("StopIteration", v(5)), "value"));
        c("stop_iteration_str", call("str", call("StopIteration", v(5))));
        c("system_exit_code", attr(call("SystemExit", v(3)), "code"));
        c("system_exit_code_none", attr(call("SystemExit"), "code"));
        c("syntax_error_str", call("str", call("SyntaxError", v("bad"),
                tuple(v("/a/f.py"), v(1), v(2), v("x = "), v(1), v(3)))));
        c("import_error_str", call("str", call("ImportError", v("nope"), Expr.kw("name", v("m")))));
        c("timeout_error_bases", attr(bi("TimeoutError"), "__mro__"));
        c("dict_keys", meth(dict(v("a"), v(1), v("b"), v(2)), "keys"));
        c("dict_values", meth(dict(v("a"), v(1), v("b"), v(2)), "values"));
        c("dict_items", meth(dict(v("a"), v(1), v("b"), v(2)), "items"));
        c("list_recursive", raw("(lambda l: (l.append(l), l)[1])([1])", () -> {
            PyList l = PyList.of(1L);
            l.append(l);
            return l;
        }));
        c("dict_recursive", raw("(lambda d: (d.__setitem__('me', d), d)[1])({})", () -> {
            PyDict d = new PyDict();
            d.put("me", d);
            return d;
        }));
        c("list_in_tuple_recursive", raw("(lambda l: (l.append((l,)), l)[1])([])", () -> {
            PyList l = new PyList();
            l.append(PyTuple.of(l));
            return l;
        }));
        c("generic_alias", raw("list[int]", () -> PyOps.getitem(Types.LIST, Types.INT)));
        c("generic_alias_dict", raw("dict[str, int]", () -> PyOps.getitem(Types.DICT, PyTuple.of(Types.STR,
                Types.INT))));
        c("union_type", op(bi("int"), "|", none()));
        c("str_of_list_with_strs", call("str", list(v("a"), v("b'"))));
        c("repr_of_repr", call("repr", call("repr", v("x"))));
        c("bool_is_int", call("isinstance", v(true), bi("int")));
        c("mro_of_bool", attr(bi("bool"), "__mro__"));
        c("exception_group_mro", attr(bi("ExceptionGroup"), "__mro__"));
    }
}
