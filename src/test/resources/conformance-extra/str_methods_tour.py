import asyncio

async def main():
    s = "  Hello, World  "
    print(s.strip(), s.lstrip(), s.rstrip(), "xxhixx".strip("x"), s.upper(), s.lower(), "hello world".title())
    print("hello".capitalize(), "HeLLo".swapcase(), "ß".upper(), "a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1))
    print("a,b,c".rsplit(",", 1), "l1\nl2\r\nl3".splitlines(), "l1\nl2\n".splitlines(True), "-".join(["a", "b"]))
    print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
    print("hello".index("e"), "hello".count("l"), "hello".startswith("he"), "hello".endswith(("x", "lo")))
    print("abc".isalpha(), "123".isdigit(), "12a".isalnum(), "  ".isspace(), "Abc".istitle(), "abc".islower(), "ABC".isupper(), "1.5".isnumeric(), "x_1".isidentifier())
    print("hi".center(10, "*"), "hi".ljust(5) + "|", "hi".rjust(5), "42".zfill(5), "-42".zfill(5))
    print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
    print("hello"[1:3], "hello"[::-1], "hello"[-1], "hello"[::2], "ab" * 3, "a" in "abc")
    print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{name}!".format(name="x"), "{:>5}".format("r"), "{0[1]}".format([5, 6]))
    print("tab\there".expandtabs(4), "abc".encode() if False else "", "%s=%d" % ("x", 5), "Hello".casefold())
    print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), str.upper("x"), "a".__len__())
    try:
        "abc".index("z")
    except ValueError as e:
        print("ValueError:", e)
    print(repr("".join(reversed("abc"))), "x".join("abc"), " ".join(map(str, [1, 2, 3])))
    print(ord(min("hello")), sorted("hello"), "hello".translate({ord("l"): "L"}) if hasattr(str, "translate") else "")

asyncio.run(main())
