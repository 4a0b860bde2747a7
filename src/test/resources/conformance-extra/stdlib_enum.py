import asyncio
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 'g'
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.RED in Color, Color.RED.name, Color.RED.value, Color.BLUE.value, Color.__members__)
try:
    Color(5)
except ValueError as e:
    print(e)
try:
    Color['X']
except KeyError as e:
    print(repr(e))
class P(IntEnum):
    LOW = 1
    HIGH = 2
print(P.LOW, repr(P.LOW), P.LOW < P.HIGH, P.LOW + 1, P(2), P.HIGH == 2, sorted([P.HIGH, P.LOW]), f'{P.LOW}', str(P.LOW), int(P.HIGH), [1, 2, 3][P.LOW])
class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow"
print(Mode.FAST, repr(Mode.FAST), Mode.SLOW == "slow", f"{Mode.SLOW}", Mode("fast"), Mode.FAST.upper())
print(Color.RED is Color(1), Color.RED == 1, hash(Color.RED) == hash(Color.RED), {Color.RED: 1}, Color.RED == Color.RED, Color.RED != Color.GREEN)
class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    def is_final(self):
        return self is State.DONE
print([s.value for s in State], State.DONE.is_final(), State.PENDING.is_final(), [s.name for s in reversed(list(State))])
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))
class Alias(Enum):
    A = 1
    B = 1
print(list(Alias), Alias.B, Alias(1))
try:
    unique(Alias)
except ValueError as e:
    print(e)
async def work(name, state_log):
    state_log[name] = State.RUNNING
    await asyncio.sleep(0.1)
    state_log[name] = State.DONE
    return name
async def main():
    log = {n: State.PENDING for n in "ab"}
    t = [asyncio.create_task(work(n, log)) for n in "ab"]
    await asyncio.sleep(0)
    print(log)
    await asyncio.gather(*t)
    print(log, all(s.is_final() for s in log.values()))
    match log["a"]:
        case State.DONE:
            print("matched DONE")
asyncio.run(main())
