# Short instruction sequences that the VM may run as one (local/constant operands of arithmetic and comparisons,
# a comparison and its jump, an operation and its store): every part that can raise does, in turn, and the error,
# its line and what the handler sees must be CPython's.


class Falsy:
    def __bool__(self):
        raise ValueError("no truth value")


class Cmp:
    def __lt__(self, other):
        return Falsy()


def where(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def attempt(label, fn, *args):
    try:
        print(label, "->", fn(*args))
    except Exception as e:
        print(label, "->", type(e).__name__, e, "at line", where(e))


def store_sum(a, unbound):
    if unbound:
        del a
    x = a + 1
    return x


def compare_const(a, unbound):
    if unbound:
        del a
    if a < 3:
        return "small"
    return "big"


def compare_locals(a, b, unbound):
    if unbound:
        del b
    if a < b:
        return "less"
    return "not less"


def local_const(a):
    return a * 2


def local_local(a, b, unbound):
    if unbound:
        del b
    return a - b


def value():
    return 10


def value_const_compare(v):
    if value() < v:
        return "below"
    return "not below"


def value_local(b):
    return value() + b


def value_const():
    return value() + None


def values_compare(a):
    if value() < a:
        return "lt"
    return "ge"


def values_store(a):
    x = value() - a
    return x


def two_locals(a, b, unbound):
    if unbound:
        del b
    print(a, b)
    return "printed"


def in_loop(n):
    total = 0
    i = 0
    while i < n:
        try:
            total = total + 10 // (i - 2)
        except ZeroDivisionError as e:
            print("  skipped", i, e, where(e))
        i += 1
    return total


def chained(a, b):
    return a < b < 3


def ident(v):
    return v


def sum_of_calls(a):
    return ident(a) + ident(1)


def returns_local(flag):
    if flag:
        x = 1
    return x


def returns_none():
    pass


attempt("store_sum", store_sum, 4, False)
attempt("store_sum str", store_sum, "s", False)
attempt("store_sum unbound", store_sum, 4, True)
attempt("compare_const", compare_const, 1, False)
attempt("compare_const str", compare_const, "s", False)
attempt("compare_const unbound", compare_const, 1, True)
attempt("compare_const truth", compare_const, Cmp(), False)
attempt("compare_locals", compare_locals, 1, 2, False)
attempt("compare_locals none", compare_locals, 1, None, False)
attempt("compare_locals unbound", compare_locals, 1, 2, True)
attempt("compare_locals truth", compare_locals, Cmp(), 2, False)
attempt("local_const", local_const, 21)
attempt("local_const str", local_const, "ab")
attempt("local_const none", local_const, None)
attempt("local_local", local_local, 5, 3, False)
attempt("local_local str", local_local, 5, "x", False)
attempt("local_local unbound", local_local, 5, 3, True)
attempt("value_const_compare", value_const_compare, 20)
attempt("value_const_compare none", value_const_compare, None)
attempt("value_local", value_local, 5)
attempt("value_local str", value_local, "s")
attempt("value_const", value_const)
attempt("values_compare", values_compare, 3)
attempt("values_compare str", values_compare, "s")
attempt("values_store", values_store, 4)
attempt("values_store list", values_store, [])
attempt("two_locals", two_locals, 1, 2, False)
attempt("two_locals unbound", two_locals, 1, 2, True)
attempt("in_loop", in_loop, 5)
attempt("chained", chained, 1, 2)
attempt("chained str", chained, 1, "x")
attempt("sum_of_calls", sum_of_calls, 41)
attempt("sum_of_calls str", sum_of_calls, "s")
attempt("returns_local", returns_local, True)
attempt("returns_local unbound", returns_local, False)
attempt("returns_none", returns_none)
big = 2 ** 62
attempt("overflow", local_local, -big, big, False)
attempt("overflow const", local_const, big * 2)
attempt("floor", local_local, -7, 2, False)
compare_const("text", False)
