import asyncio

class AppError(Exception):
    def __init__(self, code, msg="bad"):
        super().__init__(code, msg)
        self.code = code

class Quiet(Exception):
    def __str__(self):
        return "quiet!"

async def fail(n):
    await asyncio.sleep(0.01)
    raise AppError(n)

async def main():
    try:
        await fail(3)
    except AppError as e:
        print(e, repr(e), e.args, e.code, type(e).__name__, type(e).__mro__)
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ValueError("wrapped") from z
    except ValueError as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    try:
        try:
            {}["k"]
        except KeyError:
            raise RuntimeError("during")
    except RuntimeError as e:
        print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    try:
        try:
            raise TypeError("t")
        except TypeError:
            raise ValueError("v") from None
    except ValueError as e:
        print(e.__cause__, repr(e.__context__), e.__suppress_context__)
    print(repr(Quiet()), str(Quiet()), repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(Exception("a")))
    print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(asyncio.CancelledError()), repr(asyncio.TimeoutError()))
    print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    e = ValueError("x")
    e.extra = 5
    print(e.extra, isinstance(e, Exception), ValueError.__name__, ValueError.__base__, LookupError.__subclasses__() if False else "")
    try:
        raise AppError
    except AppError as err:
        print("caught", repr(err))
    except Exception:
        print("no")
    try:
        raise StopIteration(5)
    except StopIteration as s:
        print(s.value, s.args)
    def f():
        try:
            return "try"
        finally:
            print("finally runs")
    print(f())
    def g():
        for i in range(3):
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
            finally:
                print("fin", i)
        else:
            print("no")
    g()
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        print("V", repr(eg), eg.exceptions)
    except* TypeError as eg:
        print("T", repr(eg))
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt()])
    except BaseExceptionGroup as g2:
        print(type(g2).__name__, g2.message, g2.exceptions)
    eg = ExceptionGroup("m", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    print(eg.split(ValueError))
    print(eg.subgroup(TypeError), str(eg), repr(eg))
    try:
        assert 1 == 2, "nope"
    except AssertionError as a:
        print(repr(a))
    try:
        x = undefined_name
    except NameError as n:
        print(n)
    try:
        None.foo
    except AttributeError as a:
        print(a)
    try:
        "a" + 1
    except TypeError as t:
        print(t)
    try:
        [1][5]
    except IndexError as i:
        print(i)
    try:
        len(5)
    except TypeError as t:
        print(t)
    try:
        int(None)
    except TypeError as t:
        print(t)
    try:
        f(1)
    except TypeError as t:
        print(t)

asyncio.run(main())
