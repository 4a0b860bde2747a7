import re
print(re.sub("x*", "-", "abxd"), re.split(r"\b", "hi there"), re.findall(r"\b\w", "hi there you"), re.findall("", "ab"))
print(re.search(r"end$", "the end\n"), re.search(r"^b", "a\nb", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.sub(r"(?i)HELLO", "bye", "Hello hello"))
pat = re.compile(r"""
    (?P<key>\w+)   # key
    \s*=\s*
    (?P<value>\d+) # value
""", re.VERBOSE)
print([m.groupdict() for m in pat.finditer("a = 1, bb=22")], pat.groupindex)
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.match(r"(a)(b)?", "ac").group(2), re.match(r"(\w+) (\w+)", "Isaac Newton").group(0, 2))
print(re.findall(r"[\[\]]", "[a]"), re.findall(r"[^]a]", "]ab"), re.sub(r"(\d+)", r"<\1>", "a12b3"), re.sub("a", r"\n", "bab") == "b\nb")
print(re.split(",", "a,b,,c,"), re.split(r"(\d)", "a1b2c"), re.compile(r"\d+").search("ab123cd", 3), re.compile(r"\d").findall("1a2b3", 1, 4))
print(re.match(r"(?P<first>\w+) (?P=first)", "hey hey you"), re.fullmatch(r"\d{3}-\d{4}", "555-1234"), re.search(r"\Ahello\Z", "hello"))
m = re.search(r"(?P<num>\d+)", "abc 42")
print(m.expand(r"n=\g<num>"), m.re.pattern, m.pos, m.endpos, repr(m.group(0)), m.start(), m.span("num"))
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
