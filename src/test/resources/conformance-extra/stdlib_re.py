import re, asyncio
print(re.match(r"(\d+)-(\d+)", "10-20 rest"), re.search(r"o+", "hello wooorld"), re.fullmatch(r"\w+", "abc"), re.match("x", "abc"))
m = re.match(r"(?P<user_id>\w+)@(?P<host>[\w.]+)", "alice@example.com and more")
print(m.group(), m.group(1), m.group("host"), m["user_id"], m.groups(), m.groupdict(), m.span(), m.start("host"), m.end(2), m.lastindex, m.string[:5])
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\d)x", "1x2y3x"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.subn("a", "A", "banana"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there", count=1), re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"), re.split(r"\s+", "a b  c", maxsplit=1))
p = re.compile(r"^(GET|POST) (/\S*) HTTP/(\d\.\d)$", re.MULTILINE)
print(p, p.pattern, p.groups, p.flags, re.compile("a", re.I | re.S), p.findall("GET / HTTP/1.1\nPOST /api HTTP/2.0\nbad"))
print([m.group(2) for m in p.finditer("GET /x HTTP/1.0\nGET /y HTTP/1.1")], re.escape("a.b*c"), bool(re.search("ABC", "xabcx", re.IGNORECASE)))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error", type(e).__name__)
LOG = re.compile(r"\[(?P<level>\w+)\] (?P<task>Task-\d+): (?P<msg>.*)")
async def produce(i):
    await asyncio.sleep(0.1 * i)
    return f"[INFO] Task-{i}: done after {0.1 * i:.1f}s"
async def main():
    lines = await asyncio.gather(*(produce(i) for i in range(1, 4)))
    for line in lines:
        m = LOG.match(line)
        print(m.group("task"), m.group("msg"), m.groupdict()["level"])
asyncio.run(main())
