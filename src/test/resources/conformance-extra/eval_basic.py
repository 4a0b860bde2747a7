import asyncio
async def main():
    print(eval("1 + 2"), eval("x * 2", {"x": 5}))
    ns = {}
    exec("def f(a):\n    return a + 1\ny = f(2)", ns)
    print(ns["y"])
    code = compile("3 * 3", "<s>", "eval")
    print(eval(code))
    try:
        eval("1 +")
    except SyntaxError as e:
        print("SyntaxError", e)
asyncio.run(main())
