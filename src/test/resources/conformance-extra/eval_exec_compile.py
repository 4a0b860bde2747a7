import asyncio

def run(src):
    try:
        print(repr(eval(src)))
    except Exception as e:
        print(type(e).__name__, e)

for src in ["x", "eval(5)", "1 +", "", "x = 1", "[i * i for i in range(4)]", " 1 + 1", "\t2", "(lambda a: a * 3)(4)", "1/0", "'%s-%d' % ('a', 1)"]:
    run(src)
x = 10
print(eval("x + 1"), eval("x + y", {"y": 5, "x": 1}), eval("x", {}, {"x": 3}))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(2)", ns)
print(ns["y"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns)
exec("z = 3")
print(z)
code = compile("3 * 3", "<s>", "eval")
print(eval(code), code.co_name, code.co_filename)
code2 = compile("for i in range(2):\n    print('loop', i)", "prog", "exec")
exec(code2)
print(exec("1"), eval(compile("[1, 2]", "<x>", "eval")))
def f():
    a = 5
    print(eval("a + 1"))
f()
async def main():
    r = eval("asyncio.sleep(0.1, result='slept')")
    print(await r)
    exec("async def g():\n    await asyncio.sleep(0)\n    return 'g done'\n", globals())
    print(await g())
asyncio.run(main())
try:
    exec("def f(:\n    pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.filename)
try:
    exec("if 1:\n  x = 1\n    y = 2")
except IndentationError as e:
    print(type(e).__name__, e)
for bad in [lambda: eval("1", 5), lambda: compile("1", "f", "bad"), lambda: exec("1", []), lambda: eval(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
