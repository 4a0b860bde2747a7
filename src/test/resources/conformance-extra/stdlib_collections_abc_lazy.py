import collections
print(collections.abc.Awaitable, isinstance([], collections.abc.Sequence))
try:
    collections.nope
except AttributeError as e:
    print(e)
from collections import abc
print(abc.Iterable)
