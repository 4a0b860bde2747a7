"""Runs a Python program under CPython's own asyncio, but on a virtual clock.

    python3 scripts/virtual_clock.py PROGRAM.py

Event loops made while the program runs read a virtual clock that starts at 0 and jumps straight to the next
timer instead of waiting for it, so the program prints what it would print on an idle machine, at once.
time.sleep() advances the clock while holding the loop (as Loopscope's virtual time does), and
loop.run_in_executor(None, time.sleep, s) finishes after s seconds without blocking the loop.

regenerate-lesson-outputs.sh compares a lesson's real output with this ideal one: when they differ, timers
fired late on a busy machine (or two events race at the same instant) and the real output is not written.
"""
import asyncio
import runpy
import selectors
import sys
import time

_now = 0.0


def _virtual_sleep(seconds):
    global _now
    _now += seconds


class _JumpingSelector(selectors.DefaultSelector):
    """Never waits: instead of blocking for `timeout`, moves the clock on by it."""

    def select(self, timeout=None):
        global _now
        if timeout is None:
            raise SystemExit("virtual clock: nothing is ready and no timer is armed; the program would hang")
        _now += timeout
        return super().select(0)


class _VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(_JumpingSelector())
        self._clock_resolution = 1e-9

    def time(self):
        return _now

    def run_in_executor(self, executor, func, *args):
        if func is _virtual_sleep and executor is None:
            future = self.create_future()
            self.call_later(args[0], future.set_result, None)
            return future
        return super().run_in_executor(executor, func, *args)


class _VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return _VirtualLoop()


def main():
    if len(sys.argv) < 2:
        raise SystemExit("usage: virtual_clock.py PROGRAM.py [ARGS...]")
    time.sleep = _virtual_sleep
    asyncio.set_event_loop_policy(_VirtualPolicy())
    sys.argv = sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
