package org.loopscope.script.runtime;

import static org.loopscope.script.runtime.Expr.bi;
import static org.loopscope.script.runtime.Expr.call;
import static org.loopscope.script.runtime.Expr.delItem;
import static org.loopscope.script.runtime.Expr.dict;
import static org.loopscope.script.runtime.Expr.iop;
import static org.loopscope.script.runtime.Expr.ints;
import static org.loopscope.script.runtime.Expr.item;
import static org.loopscope.script.runtime.Expr.kw;
import static org.loopscope.script.runtime.Expr.list;
import static org.loopscope.script.runtime.Expr.meth;
import static org.loopscope.script.runtime.Expr.mutate;
import static org.loopscope.script.runtime.Expr.none;
import static org.loopscope.script.runtime.Expr.op;
import static org.loopscope.script.runtime.Expr.set;
import static org.loopscope.script.runtime.Expr.setItem;
import static org.loopscope.script.runtime.Expr.setSlice;
import static org.loopscope.script.runtime.Expr.slice;
import static org.loopscope.script.runtime.Expr.tuple;
import static org.loopscope.script.runtime.Expr.v;

/** Lists, tuples, dicts and sets: methods, subscripts, ordering and equality, compared with CPython. */
class ContainersGoldenTest extends GoldenSuite {

    @Override
    String name() {
        return "containers";
    }

    @Override
    void define() {
        lists();
        dicts();
        sets();
        builtins();
    }

    private void lists() {
        c("append", mutate(list(v(1)), "append", v(2)));
        c("extend", mutate(list(v(1)), "extend", v("ab")));
        c("insert", mutate(list(ints(1, 2, 3)), "insert", v(1), v(9)));
        c("insert_negative", mutate(list(ints(1, 2, 3)), "insert", v(-10), v(9)));
        c("insert_beyond", mutate(list(ints(1, 2, 3)), "insert", v(10), v(9)));
        c("pop", meth(list(ints(1, 2, 3)), "pop"));
        c("pop_index", meth(list(ints(1, 2, 3)), "pop", v(0)));
        c("pop_empty", meth(list(), "pop"));
        c("pop_out", meth(list(v(1)), "pop", v(5)));
        c("remove", mutate(list(ints(1, 2, 1)), "remove", v(1)));
        c("remove_missing", meth(list(v(1)), "remove", v(2)));
        c("index", meth(list(ints(5, 6, 7, 6)), "index", v(6), v(2)));
        c("index_missing", meth(list(ints(1, 2)), "index", v(3)));
        c("index_str_missing", meth(list(v("a")), "index", v("b")));
        c("count", meth(list(v(1), v(1.0), v(true), v("1")), "count", v(1)));
        c("sort", mutate(list(ints(3, 1, 2)), "sort"));
        c("sort_reverse", mutate(list(ints(3, 1, 2)), "sort", kw("reverse", v(true))));
        c("sort_key_stable", mutate(list(v("bb"), v("a"), v("cc"), v("d"), v("ee")), "sort", kw("key", bi("len"))));
        c("sort_key_reverse_stable", mutate(list(v("bb"), v("a"), v("cc"), v("d"), v("ee")), "sort",
                kw("key", bi("len")), kw("reverse", v(true))));
        c("sort_mixed", mutate(list(v(1), v("a")), "sort"));
        c("sort_positional", meth(list(), "sort", v(1)));
        c("sort_floats_ints", mutate(list(v(3), v(1.5), v(true), v(-2), v(0.0)), "sort"));
        c("sort_tuples", mutate(list(tuple(v(2), v("a")), tuple(v(1), v("b")), tuple(v(2), v("A"))), "sort"));
        c("reverse", mutate(list(ints(1, 2, 3)), "reverse"));
        c("copy", meth(list(ints(1, 2)), "copy"));
        c("clear", mutate(list(ints(1, 2)), "clear"));
        c("append_args", meth(list(), "append"));
        c("get", item(list(ints(1, 2, 3)), v(-1)));
        c("get_out", item(list(ints(1, 2, 3)), v(3)));
        c("get_str", item(list(ints(1, 2, 3)), v("a")));
        c("get_big", item(list(ints(1, 2, 3)), Expr.big("100000000000000000000")));
        c("slice", slice(list(ints(0, 1, 2, 3, 4, 5)), v(1), v(-1), v(2)));
        c("slice_reverse", slice(list(ints(0, 1, 2, 3)), null, null, v(-1)));
        c("slice_reverse_bounds", slice(list(ints(0, 1, 2, 3, 4, 5)), v(4), v(1), v(-2)));
        c("slice_huge", slice(list(ints(0, 1, 2)), v(-100), v(100), null));
        c("set_item", setItem(list(ints(1, 2)), v(-1), v(9)));
        c("set_item_out", setItem(list(ints(1, 2)), v(5), v(9)));
        c("set_slice_grow", setSlice(list(ints(1, 2, 3)), v(1), v(2), null, list(ints(7, 8, 9))));
        c("set_slice_shrink", setSlice(list(ints(1, 2, 3, 4)), v(0), v(3), null, list()));
        c("set_slice_insert", setSlice(list(ints(1, 2)), v(1), v(1), null, v("ab")));
        c("set_slice_extended", setSlice(list(ints(1, 2, 3, 4)), null, null, v(2), list(ints(8, 9))));
        c("set_slice_extended_wrong", setSlice(list(ints(1, 2, 3)), null, null, v(2), list(v(1))));
        c("set_slice_not_iterable", setSlice(list(ints(1, 2, 3)), v(0), v(1), null, v(5)));
        c("set_slice_reversed_bounds", setSlice(list(ints(1, 2, 3)), v(2), v(1), null, list(v(9))));
        c("del_item", delItem(list(ints(1, 2, 3)), v(0)));
        c("del_slice", delItem(list(ints(0, 1, 2, 3, 4, 5)), Expr.sliceObject(null, null, v(2))));
        c("del_slice_negative", delItem(list(ints(0, 1, 2, 3, 4, 5)), Expr.sliceObject(null, null, v(-2))));
        c("del_out", delItem(list(v(1)), v(3)));
        c("concat", op(list(v(1)), "+", list(v(2))));
        c("concat_tuple", op(list(v(1)), "+", tuple(v(2))));
        c("iadd_tuple", iop(list(v(1)), "+", tuple(v(2), v(3))));
        c("iadd_str", iop(list(v(1)), "+", v("ab")));
        c("imul", iop(list(v(1), v(2)), "*", v(2)));
        c("repeat", op(list(v(0)), "*", v(3)));
        c("repeat_nested_equal", op(op(list(list()), "*", v(2)), "==", list(list(), list())));
        c("compare", op(list(ints(1, 2)), "<", list(ints(1, 2, 0))));
        c("contains", op(v(2.0), "in", list(ints(1, 2))));
        c("tuple_index", meth(tuple(ints(1, 2)), "index", v(3)));
        c("tuple_count", meth(tuple(ints(1, 2, 1)), "count", v(1)));
        c("tuple_get_out", item(tuple(v(1)), v(5)));
        c("tuple_slice", slice(tuple(ints(1, 2, 3)), v(1), null, null));
        c("tuple_set_item", setItem(tuple(v(1)), v(0), v(2)));
        c("tuple_del_item", delItem(tuple(v(1)), v(0)));
        c("tuple_concat_list", op(tuple(v(1)), "+", list(v(2))));
        c("tuple_repeat", op(tuple(ints(1, 2)), "*", v(2)));
        c("none_subscript", item(none(), v(0)));
        c("int_subscript", item(v(5), v(0)));
        c("type_subscript", item(bi("int"), v(0)));
        c("range_item", item(call("range", v(10)), v(-1)));
        c("range_item_out", item(call("range", v(10)), v(10)));
        c("range_slice", slice(call("range", v(10)), v(2), v(8), v(2)));
        c("range_slice_reverse", slice(call("range", v(10)), null, null, v(-1)));
        c("range_contains", op(v(4), "in", call("range", v(0), v(10), v(2))));
        c("range_contains_float", op(v(4.0), "in", call("range", v(0), v(10), v(2))));
        c("range_equal", op(call("range", v(0)), "==", call("range", v(5), v(1))));
        c("range_index", meth(call("range", v(0), v(10), v(3)), "index", v(6)));
        c("range_list", call("list", call("range", v(10), v(0), v(-3))));
        c("range_len_huge", call("len", call("range", Expr.big("100000000000000000000"))));
        c("range_float", call("range", v(1.5)));
        c("range_zero_step", call("range", v(0), v(10), v(0)));
    }

    private void dicts() {
        Expr d = dict(v("a"), v(1), v("b"), v(2));
        c("dict_get", meth(d, "get", v("a")));
        c("dict_get_default", meth(d, "get", v("z"), v(0)));
        c("dict_get_none", meth(d, "get", v("z")));
        c("dict_missing", item(d, v("z")));
        c("dict_missing_tuple", item(d, tuple(v(1), v(2))));
        c("dict_unhashable", item(d, list()));
        c("dict_set", setItem(d, v("c"), v(3)));
        c("dict_overwrite_keeps_order", setItem(d, v("a"), v(9)));
        c("dict_delete_reinsert", setItem(delItem(d, v("a")), v("a"), v(1)));
        c("dict_del_missing", delItem(d, v("z")));
        c("dict_int_float_key", setItem(dict(v(1), v("a")), v(1.0), v("b")));
        c("dict_bool_key", item(dict(v(1), v("one")), v(true)));
        c("dict_keys", call("list", meth(d, "keys")));
        c("dict_items", meth(d, "items"));
        c("dict_pop", meth(d, "pop", v("a")));
        c("dict_pop_default", meth(d, "pop", v("z"), v(0)));
        c("dict_pop_missing", meth(d, "pop", v("z")));
        c("dict_popitem", meth(d, "popitem"));
        c("dict_popitem_empty", meth(dict(), "popitem"));
        c("dict_setdefault", mutate(d, "setdefault", v("c"), list()));
        c("dict_setdefault_existing", meth(d, "setdefault", v("a"), v(5)));
        c("dict_update", mutate(d, "update", dict(v("c"), v(3), v("a"), v(0))));
        c("dict_update_pairs", mutate(d, "update", list(tuple(v("x"), v(1))), kw("y", v(2))));
        c("dict_update_bad", mutate(d, "update", list(v(1))));
        c("dict_update_bad_length", mutate(d, "update", list(tuple(ints(1, 2, 3)))));
        c("dict_copy", meth(d, "copy"));
        c("dict_clear", mutate(d, "clear"));
        c("dict_fromkeys", meth(bi("dict"), "fromkeys", v("abc"), v(0)));
        c("dict_equal_order", op(dict(v(1), v(2), v(3), v(4)), "==", dict(v(3), v(4), v(1), v(2))));
        c("dict_equal_values", op(dict(v(1), v(2)), "==", dict(v(1), v(2.0))));
        c("dict_not_equal", op(dict(v(1), v(2)), "!=", dict(v(1), v(3))));
        c("dict_lt", op(dict(), "<", dict()));
        c("dict_or", op(d, "|", dict(v("a"), v(0), v("z"), v(26))));
        c("dict_ior", iop(d, "|", dict(v("z"), v(26))));
        c("dict_constructor_kw", call("dict", list(tuple(v(1), v(2))), kw("c", v(3))));
        c("dict_constructor_bad", call("dict", list(v(1))));
        c("dict_keys_and", op(meth(dict(v(1), v(2), v(3), v(4)), "keys"), "&", set(v(3), v(5))));
        c("dict_keys_or", op(meth(dict(v(1), v(2), v(3), v(4)), "keys"), "|", list(v(9))));
        c("dict_keys_sub", op(meth(dict(v(1), v(2), v(3), v(4)), "keys"), "-", set(v(1))));
        c("dict_keys_equal_set", op(meth(d, "keys"), "==", set(v("a"), v("b"))));
        c("dict_items_contains", op(tuple(v("a"), v(1)), "in", meth(d, "items")));
        c("dict_values_contains", op(v(2), "in", meth(d, "values")));
        c("dict_reversed", call("list", call("reversed", d)));
        c("dict_len", call("len", meth(d, "values")));
        c("dict_iter_keys", call("list", d));
        c("dict_in", op(v("a"), "in", d));
        c("dict_many", call("dict", call("zip", call("range", v(20)), call("range", v(20), v(40)))));
        c("dict_hash_collisions", call("list", call("dict", call("zip", list(v(-1), v(-2), v(1), v(1.0),
                v(true), v(0), v(false), v(0.0)), call("range", v(8))))));
    }

    private void sets() {
        c("set_add", mutate(set(ints(1, 2)), "add", v(3)));
        c("set_add_reuses_slot", mutate(mutate(set(ints(1, 9)), "remove", v(1)), "add", v(17)));
        c("set_grow_order", call("set", call("range", v(0), v(80), v(8))));
        c("set_many", call("set", call("range", v(100), v(0), v(-7))));
        c("set_discard", mutate(set(ints(1, 2)), "discard", v(5)));
        c("set_remove_missing", mutate(set(ints(1, 2)), "remove", v(5)));
        c("set_pop", meth(set(ints(5, 3)), "pop"));
        c("set_pop_empty", meth(set(), "pop"));
        c("set_union", meth(set(ints(1, 2)), "union", list(ints(2, 3)), tuple(v(9))));
        c("set_or", op(set(ints(1, 2, 33)), "|", set(ints(3, 65, 2))));
        c("set_and", op(set(ints(1, 2, 3, 4, 5)), "&", set(ints(5, 3, 9))));
        c("set_sub", op(set(ints(1, 2, 3)), "-", set(v(2))));
        c("set_xor", op(set(ints(1, 2, 3, 40)), "^", set(ints(3, 4, 8))));
        c("set_or_list", op(set(v(1)), "|", list(v(2))));
        c("set_intersection_iterable", meth(set(ints(1, 2, 3)), "intersection", list(ints(3, 1, 7))));
        c("set_difference_many", meth(set(ints(1, 2, 3, 4)), "difference", list(v(1)), tuple(v(2))));
        c("set_difference_update", mutate(call("set", call("range", v(40))), "difference_update",
                call("range", v(0), v(40), v(2))));
        c("set_symmetric_difference", meth(set(ints(1, 2)), "symmetric_difference", list(ints(2, 3))));
        c("set_intersection_update", mutate(set(ints(1, 2, 3)), "intersection_update", set(ints(2, 3, 4))));
        c("set_update", mutate(set(v(1)), "update", list(v(2)), dict(v(3), v(0))));
        c("set_issubset", meth(set(ints(1, 2)), "issubset", list(ints(1, 2, 3))));
        c("set_issuperset", meth(set(ints(1, 2)), "issuperset", list(v(1))));
        c("set_isdisjoint", meth(set(ints(1, 2)), "isdisjoint", list(v(3))));
        c("set_le", op(set(v(1)), "<=", set(ints(1, 2))));
        c("set_lt_equal", op(set(v(1)), "<", set(v(1))));
        c("set_gt", op(set(ints(1, 2)), ">", set(v(1))));
        c("set_eq_frozenset", op(set(v(1)), "==", call("frozenset", list(v(1)))));
        c("set_le_list", op(set(v(1)), "<=", list(v(1))));
        c("set_unhashable", set(list()));
        c("set_contains_unhashable", op(list(), "in", set(v(1))));
        c("set_mixed_numbers", set(v(1), v(1.0), v(true), v(2)));
        c("frozenset_or_set", op(call("frozenset", list(v(1))), "|", set(v(2))));
        c("set_or_frozenset", op(set(v(2)), "|", call("frozenset", list(v(1)))));
        c("frozenset_add", meth(call("frozenset"), "add", v(1)));
        c("frozenset_in_set", set(call("frozenset", list(ints(1, 2))), call("frozenset", list(ints(2, 1)))));
        c("set_copy", meth(set(ints(3, 1)), "copy"));
        c("set_clear", mutate(set(ints(3, 1)), "clear"));
        c("set_isub", iop(set(ints(1, 2, 3)), "-", set(v(1))));
        c("set_iand", iop(set(ints(1, 2, 3)), "&", set(ints(1, 5))));
        c("set_of_strings_len", call("len", set(v("a"), v("b"), v("a"))));
        c("sorted_set", call("sorted", set(ints(10, -3, 7, 100, 0))));
    }

    private void builtins() {
        c("len", call("len", list(ints(1, 2))));
        c("len_int", call("len", v(5)));
        c("len_args", call("len", list(), list()));
        c("len_kw", call("len", kw("x", v(1))));
        c("sorted_key", call("sorted", list(v("bb"), v("a"), v("ccc")), kw("key", bi("len")), kw("reverse",
                v(true))));
        c("sorted_bad_kw", call("sorted", list(), kw("foo", v(1))));
        c("sorted_no_args", call("sorted"));
        c("sorted_key_not_callable", call("sorted", list(v(1), v(2)), kw("key", v(1))));
        c("reversed_list", call("list", call("reversed", list(ints(1, 2, 3)))));
        c("reversed_tuple", call("list", call("reversed", tuple(ints(1, 2, 3)))));
        c("reversed_range", call("list", call("reversed", call("range", v(1), v(10), v(3)))));
        c("reversed_set", call("reversed", set(v(1))));
        c("reversed_int", call("reversed", v(5)));
        c("enumerate", call("list", call("enumerate", v("ab"), kw("start", v(1)))));
        c("enumerate_missing", call("enumerate"));
        c("zip", call("list", call("zip", v("abc"), list(ints(1, 2)))));
        c("zip_strict_short", call("list", call("zip", list(ints(1, 2)), list(v(1)), kw("strict", v(true)))));
        c("zip_strict_long", call("list", call("zip", list(v(1)), list(ints(1, 2)), kw("strict", v(true)))));
        c("zip_strict_third", call("list", call("zip", list(v(1)), list(v(1)), list(ints(1, 2)),
                kw("strict", v(true)))));
        c("zip_empty", call("list", call("zip")));
        c("zip_not_iterable", call("zip", v(1)));
        c("map", call("list", call("map", bi("abs"), list(v(-1), v(2), v(-3)))));
        c("map_two", call("list", call("map", bi("pow"), list(ints(2, 3)), list(ints(3, 2, 1)))));
        c("map_missing", call("map", bi("len")));
        c("filter", call("list", call("filter", none(), list(v(0), v(1), v(""), v("a"), none()))));
        c("filter_bool", call("list", call("filter", bi("bool"), list(v(0), v(2)))));
        c("any_all", list(call("any", list()), call("all", list()), call("any", list(v(0), v(1))),
                call("all", list(v(1), v(0)))));
        c("min_key", call("min", list(v("bb"), v("a"), v("c")), kw("key", bi("len"))));
        c("max_key_ties", call("max", list(v("bb"), v("aa"), v("c")), kw("key", bi("len"))));
        c("min_default_multiple", call("min", v(1), v(2), kw("default", v(5))));
        c("min_bad_kw", call("min", list(v(1)), kw("foo", v(1))));
        c("min_no_args", call("min"));
        c("min_not_iterable", call("min", v(1)));
        c("iter_next", call("next", call("iter", list(v(1)))));
        c("next_default", call("next", call("iter", list()), v("done")));
        c("next_exhausted", call("next", call("iter", list())));
        c("next_not_iterator", call("next", v(1)));
        c("iter_int", call("iter", v(5)));
        c("isinstance_tuple", call("isinstance", v(1), tuple(bi("str"), tuple(bi("float"), bi("int")))));
        c("isinstance_union", call("isinstance", none(), op(bi("int"), "|", none())));
        c("isinstance_bad", call("isinstance", v(1), v(1)));
        c("isinstance_bool_int", call("isinstance", v(true), bi("int")));
        c("issubclass", call("issubclass", bi("bool"), bi("int")));
        c("issubclass_exceptions", call("issubclass", bi("TimeoutError"), bi("OSError")));
        c("issubclass_bad", call("issubclass", v(1), bi("int")));
        c("getattr_default", call("getattr", v(1), v("foo"), v("none")));
        c("getattr_missing", call("getattr", v(1), v("foo")));
        c("getattr_type_missing", call("getattr", bi("int"), v("foo")));
        c("getattr_bad_name", call("getattr", v(1), v(2)));
        c("hasattr", list(call("hasattr", v(1), v("real")), call("hasattr", v(1), v("foo"))));
        c("setattr_int", call("setattr", v(1), v("foo"), v(2)));
        c("setattr_builtin_type", call("setattr", bi("int"), v("foo"), v(2)));
        c("setattr_method", call("setattr", list(), v("append"), v(2)));
        c("callable", list(call("callable", bi("len")), call("callable", v(1)), call("callable", bi("int"))));
        c("type_args", call("type", v(1), v(2)));
        c("object_args", call("object", v(1)));
        c("type_three", call("type", v("X"), tuple(), dict()));
        c("format_builtin", call("format", v(3.14159), v(".2f")));
        c("divmod_builtin", call("divmod", v(7), v(2)));
    }
}
