package org.loopscope.script.runtime;

import static org.loopscope.script.runtime.Expr.attr;
import static org.loopscope.script.runtime.Expr.bi;
import static org.loopscope.script.runtime.Expr.big;
import static org.loopscope.script.runtime.Expr.call;
import static org.loopscope.script.runtime.Expr.dict;
import static org.loopscope.script.runtime.Expr.ints;
import static org.loopscope.script.runtime.Expr.kw;
import static org.loopscope.script.runtime.Expr.list;
import static org.loopscope.script.runtime.Expr.meth;
import static org.loopscope.script.runtime.Expr.none;
import static org.loopscope.script.runtime.Expr.op;
import static org.loopscope.script.runtime.Expr.set;
import static org.loopscope.script.runtime.Expr.shortRepr;
import static org.loopscope.script.runtime.Expr.tuple;
import static org.loopscope.script.runtime.Expr.v;

/** reprlib.repr, exception classes and groups, attributes of builtin objects, compared with CPython. */
class MiscGoldenTest extends GoldenSuite {

    @Override
    String name() {
        return "misc";
    }

    @Override
    void define() {
        c("short_str", shortRepr(v("short")));
        c("short_long_str", shortRepr(v("abcdefghijklmnopqrstuvwxyz0123456789")));
        c("short_long_str_quotes", shortRepr(v("it's a long string with a quote inside it")));
        c("short_long_str_escapes", shortRepr(v("line\nline\nline\nline\nline\nline\nline\nline")));
        c("short_int", shortRepr(v(12345)));
        c("short_big_int", shortRepr(big("123456789012345678901234567890123456789012345678901234567890")));
        c("short_float", shortRepr(v(3.141592653589793)));
        c("short_list", shortRepr(call("list", call("range", v(10)))));
        c("short_list_small", shortRepr(list(ints(1, 2, 3))));
        c("short_tuple_one", shortRepr(tuple(v(1))));
        c("short_tuple", shortRepr(call("tuple", call("range", v(7)))));
        c("short_dict", shortRepr(dict(v("b"), v(2), v("a"), v(1), v("d"), v(4), v("c"), v(3), v("e"), v(5))));
        c("short_dict_mixed_keys", shortRepr(dict(v(1), v(2), v("a"), v(1))));
        c("short_set", shortRepr(set(ints(9, 3, 7, 1, 8, 2, 6, 5))));
        c("short_frozenset", shortRepr(call("frozenset", list(ints(3, 1)))));
        c("short_empty", shortRepr(list(set(), call("frozenset"), dict(), list(), tuple())));
        c("short_nested", shortRepr(list(list(list(list(list(list(list(list(v(1)))))))))));
        c("short_bool", shortRepr(v(true)));
        c("short_none", shortRepr(none()));
        c("short_exception", shortRepr(call("ValueError", v("a rather long message for an exception"))));
        c("short_range", shortRepr(call("range", v(1000000000))));
        c("short_type", shortRepr(bi("int")));
        Expr eg = call("ExceptionGroup", v("eg"), list(call("ValueError", v(1)), call("ExceptionGroup", v("inner"),
                list(call("TypeError", v(2)), call("ValueError", v(3))))));
        c("eg_split_value", meth(eg, "split", bi("ValueError")));
        c("eg_split_type", meth(eg, "split", bi("TypeError")));
        c("eg_split_tuple", meth(eg, "split", tuple(bi("ValueError"), bi("TypeError"))));
        c("eg_split_none", meth(eg, "split", bi("KeyError")));
        c("eg_split_base", meth(eg, "split", bi("Exception")));
        c("eg_subgroup", meth(eg, "subgroup", bi("TypeError")));
        c("eg_split_bad", meth(eg, "split", v(1)));
        c("eg_exceptions", attr(eg, "exceptions"));
        c("eg_message", attr(eg, "message"));
        c("eg_derive", meth(call("BaseExceptionGroup", v("x"), list(call("KeyboardInterrupt"))), "derive",
                list(call("ValueError"))));
        c("eg_bad_message", call("BaseExceptionGroup", v(1), list(call("ValueError"))));
        c("eg_not_sequence", call("BaseExceptionGroup", v("m"), v(5)));
        c("eg_empty", call("BaseExceptionGroup", v("m"), list()));
        c("eg_not_exception", call("BaseExceptionGroup", v("m"), list(v(1))));
        c("eg_nest_base", call("ExceptionGroup", v("m"), list(call("KeyboardInterrupt"))));
        c("eg_wrong_count", call("ExceptionGroup", v("m")));
        c("exception_kw", call("ValueError", kw("x", v(1))));
        c("exception_args", attr(call("ValueError", v(1), v(2)), "args"));
        c("exception_cause_none", attr(call("ValueError"), "__cause__"));
        c("exception_context_none", attr(call("ValueError"), "__context__"));
        c("exception_suppress", attr(call("ValueError"), "__suppress_context__"));
        c("exception_traceback", attr(call("ValueError"), "__traceback__"));
        c("exception_with_traceback", meth(call("ValueError", v(1)), "with_traceback", none()));
        c("import_error_name", attr(call("ImportError", v("x"), kw("name", v("mod"))), "name"));
        c("import_error_bad_kw", call("ImportError", v("x"), kw("foo", v(1))));
        c("module_not_found", call("ModuleNotFoundError", v("No module named 'os'")));
        c("os_error_errno", attr(call("OSError", v(2), v("x")), "errno"));
        c("os_error_args_trimmed", attr(call("OSError", v(1), v(2), v(3)), "args"));
        c("name_error_name", attr(call("NameError", v("x"), kw("name", v("y"))), "name"));
        c("mro_cancelled_bases", attr(bi("KeyboardInterrupt"), "__mro__"));
        c("type_name", attr(bi("int"), "__name__"));
        c("type_module", attr(bi("ValueError"), "__module__"));
        c("type_qualname", attr(bi("dict"), "__qualname__"));
        c("type_bases", attr(bi("bool"), "__bases__"));
        c("type_base", attr(bi("object"), "__base__"));
        c("type_mro_method", meth(bi("bool"), "mro"));
        c("class_attribute", attr(v(1), "__class__"));
        c("int_real", attr(v(5), "real"));
        c("int_attr_missing", attr(v(5), "foo"));
        c("type_attr_missing", attr(bi("int"), "foo"));
        c("none_attr_missing", attr(none(), "foo"));
        c("list_attr_missing", attr(list(), "push"));
        c("method_self", attr(attr(list(ints(1)), "append"), "__self__"));
        c("method_name", attr(attr(list(), "append"), "__name__"));
        c("method_qualname", attr(attr(list(), "append"), "__qualname__"));
        c("builtin_name", attr(bi("len"), "__name__"));
        c("builtin_qualname", attr(bi("len"), "__qualname__"));
        c("descriptor_objclass", attr(attr(bi("str"), "upper"), "__objclass__"));
        c("unbound_descriptor_call", meth(bi("str"), "upper", v("abc")));
        c("unbound_descriptor_wrong_type", meth(bi("str"), "upper", v(1)));
        c("unbound_descriptor_no_self", meth(bi("list"), "append"));
        c("range_attrs", list(attr(call("range", v(1), v(9), v(2)), "start"), attr(call("range", v(5)), "stop"),
                attr(call("range", v(5)), "step")));
        c("slice_indices", meth(call("slice", v(-3), none(), v(2)), "indices", v(10)));
        c("slice_indices_reverse", meth(call("slice", none(), none(), v(-1)), "indices", v(5)));
        c("int_methods", list(meth(v(255), "bit_length"), meth(v(7), "bit_count"), meth(v(6), "conjugate"),
                attr(v(6), "denominator")));
        c("int_dunder_add", meth(v(1), "__add__", v(2)));
        c("int_dunder_add_str", meth(v(1), "__add__", v("a")));
        c("int_dunder_radd", meth(v(1), "__radd__", v(2.5)));
        c("float_dunder_round", meth(v(2.675), "__round__", v(2)));
        c("str_dunder_mul", meth(v("ab"), "__mul__", v(2)));
        c("list_dunder_getitem", meth(list(ints(1, 2)), "__getitem__", v(1)));
        c("dict_dunder_contains", meth(dict(v(1), v(2)), "__contains__", v(1)));
        c("bool_dunder_and", meth(v(true), "__and__", v(false)));
        c("print_to_stdout_returns_none", call("print", kw("end", v(""))));
        c("print_bad_sep", call("print", kw("sep", v(1))));
        c("print_bad_kw", call("print", kw("foo", v(1))));
        c("int_hash_dunder", meth(v(-1), "__hash__"));
        c("union_of_types", op(op(bi("int"), "|", bi("str")), "|", none()));
        c("isinstance_list", call("isinstance", list(), bi("list")));
    }
}
