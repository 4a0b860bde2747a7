# try/except/else/finally, raise from, implicit context, finally with return/break/continue, except*.
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(order(False), order(True))

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(finally_return())

def finally_overrides():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"

print(finally_overrides())

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b") from None
except ValueError as e:
    print(repr(e), e.__suppress_context__, repr(e.__context__))

def reraise():
    try:
        raise IndexError("inner")
    except IndexError:
        raise

try:
    reraise()
except IndexError as e:
    print("reraised", e)

try:
    raise Exception("one", 2)
except (TypeError, Exception) as e:
    print(e.args, str(e))

print("e" in dir(), end=" ")
try:
    pass
except Exception as e:
    pass
print("e" in dir())

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with Resource("a") as r, Resource("b"):
    print("inside", r.name)

with Resource("c", suppress=True):
    raise ValueError("suppressed")
print("after suppress")

try:
    with Resource("d"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

def with_return():
    with Resource("e"):
        return "returned"

print(with_return())

try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled keys")
except ExceptionGroup as eg:
    print("rest", repr(eg), [type(e).__name__ for e in eg.exceptions])

try:
    raise ValueError("plain")
except* ValueError as eg:
    print("wrapped", repr(eg))

eg = ExceptionGroup("msg", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(eg.subgroup(ValueError), len(eg.exceptions), str(eg))

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError", e)

try:
    int("x")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)

def unbound():
    print(v)
    v = 1

try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
e = Exception("notes")
e.add_note("a note")
print(e.__notes__)
