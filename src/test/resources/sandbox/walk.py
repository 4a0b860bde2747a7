# Walks what a script can reach from the builtins, the modules and the runtime's objects, two attribute steps
# deep, and prints every value whose repr (or the name of whose class) shows something of the host.
import asyncio
import functools
import os
import random
import sys
import time
import types

def looks_like_host(text):
    # Built here so that no value the walk reaches spells the words out.
    words = ("ja" + "va.", "ja" + "vax.", "jd" + "k.", "org" + ".loopscope", "$$" + "Lambda", "$" + "Proxy")
    hexdigits = "0123456789" + "abcdef"
    if any(word in text for word in words):
        return True
    at = text.find("@")
    while at >= 0:
        # Java's default toString: SomeClass@1b6d3586
        if at > 0 and text[at - 1].isalnum() and all(c in hexdigits for c in text[at + 1:at + 6]) and len(text) > at + 5:
            return True
        at = text.find("@", at + 1)
    return False
seen = set()
bad = []


def look(path, value):
    try:
        text = repr(value) + " " + type(value).__name__ + " " + str(getattr(type(value), "__module__", ""))
    except Exception as e:
        text = type(e).__name__
    if looks_like_host(text):
        bad.append((path, text[:120]))


def walk(path, value, depth):
    if id(value) in seen:
        return
    seen.add(id(value))
    look(path, value)
    if depth == 0:
        return
    for name in dir(value):
        try:
            attr = getattr(value, name)
        except Exception:
            continue
        walk(path + "." + name, attr, depth - 1)


def gen():
    yield 1


async def agen():
    yield 1


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    fut = loop.create_future()
    handle = loop.call_soon(len, "")
    timer = loop.call_later(10, len, "")
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    roots = {
        "builtins": __builtins__, "asyncio": asyncio, "functools": functools, "random": random, "sys": sys,
        "time": time, "types": types, "os": os, "os.environ": os.environ, "task": task, "future": fut, "loop": loop, "handle": handle,
        "timer": timer, "coroutine": main(), "generator": gen(), "agen": agen(), "error": err,
        "lock": asyncio.Lock(), "event": asyncio.Event(), "queue": asyncio.Queue(), "sem": asyncio.Semaphore(),
        "cond": asyncio.Condition(), "partial": functools.partial(print, 1), "range": range(3),
        "keys": {}.keys(), "group": ExceptionGroup("g", [ValueError()]), "tg": asyncio.TaskGroup(),
        "timeout": asyncio.timeout(1), "sleep": asyncio.sleep(0), "gather": asyncio.gather(),
        "module_globals": globals(), "rng": random.Random(1), "policy": asyncio.get_event_loop_policy(),
        "object": object(), "type": type, "super": super, "frame_of_gen": gen().gi_frame,
        "code": walk.__code__, "traceback": err.__traceback__,
    }
    for name, value in roots.items():
        walk(name, value, 2)
    timer.cancel()
    for value in roots.values():
        if hasattr(value, "close") and type(value).__name__ in ("coroutine", "generator"):
            value.close()
    print(len(seen) > 1000, bad)


asyncio.run(main())
