import asyncio, logging, sys
logging.getLogger("app").warning("no config yet %s", 1)
logging.getLogger("app").info("not shown")
logging.basicConfig(level=logging.DEBUG)
logging.info("hi")
log = logging.getLogger("app.db")
log.debug("dbg")
print(log, logging.getLogger(), log.parent, logging.getLevelName(10), logging.getLevelName(15), logging.getLevelName("INFO"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed %d", 3)
log.log(25, "custom")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)s|%(funcName)s|%(lineno)d|%(message)s|%(filename)s|%(module)s|%(threadName)s"))
worker_log = logging.getLogger("worker")
worker_log.addHandler(h)
worker_log.propagate = False
print(h, worker_log.handlers, worker_log.getEffectiveLevel())
async def worker(n):
    worker_log.info("worker %d starting", n)
    await asyncio.sleep(0.1 * n)
    if n == 2:
        try:
            raise RuntimeError("boom")
        except RuntimeError as e:
            worker_log.error("worker %d failed: %s", n, e)
    worker_log.warning("worker %d done", n)
    return n
async def main():
    logging.debug("main starts")
    print(await asyncio.gather(*(worker(i) for i in range(3))))
    brace = logging.StreamHandler(sys.stdout)
    brace.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
    other = logging.getLogger("brace")
    other.addHandler(brace)
    other.propagate = False
    other.setLevel(logging.WARNING)
    other.info("hidden")
    other.error("shown %s", {"k": 1})
    other.warning("%(a)s and %(b)s", {"a": 1, "b": 2})
asyncio.run(main())
logging.warning("done")
