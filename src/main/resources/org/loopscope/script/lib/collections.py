"""collections: deque, defaultdict, Counter, OrderedDict, ChainMap and namedtuple.

The runtime's builtin classes cannot be subclassed, so the dict-like classes here wrap a dict and the named
tuples wrap a tuple: they behave and print as CPython's, but isinstance(x, dict) / isinstance(x, tuple) is False.
"""

import sys as _sys

_MISSING = object()


class deque:
    """A double-ended queue with an optional maximum length (older items fall off the other end)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def clear(self):
        self._items.clear()

    def copy(self):
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError(repr(x) + " is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(repr(value) + " is not in deque") from None

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        k = len(self._items)
        if k:
            n = n % k
            self._items[:] = self._items[k - n:] + self._items[:k - n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return reversed(list(self._items))

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __setitem__(self, i, x):
        try:
            self._items[i] = x
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    __hash__ = None

    def __repr__(self):
        if self._maxlen is None:
            return 'deque(' + repr(self._items) + ')'
        return 'deque(' + repr(self._items) + ', maxlen=' + str(self._maxlen) + ')'


class _DictLike:
    """The mapping protocol over a wrapped dict (the base of defaultdict, Counter, OrderedDict)."""

    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got " + str(len(args)))
        if args:
            other = args[0]
            if isinstance(other, _DictLike):
                other = other._d
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __getitem__(self, key):
        try:
            return self._d[key]
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return bool(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    __hash__ = None

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return self._d.pop(key)
        return self._d.pop(key, default)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def clear(self):
        self._d.clear()

    def __or__(self, other):
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictLike):
    """A dict whose missing keys get default_factory()."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        _DictLike.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        name = 'None' if factory is None else repr(factory)
        return 'defaultdict(' + name + ', ' + repr(self._d) + ')'


class OrderedDict(_DictLike):
    """A dict that can move its keys to either end."""

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = value
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        key = next(reversed(self._d)) if last else next(iter(self._d))
        return key, self._d.pop(key)

    def copy(self):
        return OrderedDict(self._d)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictLike.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return 'OrderedDict()'
        return 'OrderedDict(' + repr(list(self._d.items())) + ')'


class Counter(_DictLike):
    """Counts of hashable items; missing items count zero."""

    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self._d.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictLike) or isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self._d[elem] = self[elem] + count
            else:
                for elem in iterable:
                    self._d[elem] = self[elem] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _DictLike) or isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self._d[elem] = self[elem] - count
            else:
                for elem in iterable:
                    self._d[elem] = self[elem] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._d:
            del self._d[elem]

    def __repr__(self):
        if not self._d:
            return 'Counter()'
        items = ', '.join([repr(k) + ': ' + repr(v) for k, v in self.most_common()])
        return 'Counter({' + items + '})'

    def _keep_positive(self, result):
        return Counter({k: v for k, v in result.items() if v > 0})

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = {}
        for elem, count in self.items():
            result[elem] = count + other[elem]
        for elem, count in other.items():
            if elem not in self._d:
                result[elem] = count
        return self._keep_positive(result)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = {}
        for elem, count in self.items():
            result[elem] = count - other[elem]
        for elem, count in other.items():
            if elem not in self._d:
                result[elem] = -count
        return self._keep_positive(result)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = dict(self._d)
        for elem, count in other.items():
            result[elem] = max(result.get(elem, 0), count)
        return self._keep_positive(result)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep_positive({e: min(c, other[e]) for e, c in self.items() if e in other})


class ChainMap:
    """Several mappings searched in turn; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: " + repr(key)) from None

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __len__(self):
        return len(list(iter(self)))

    def keys(self):
        return list(iter(self))

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return 'ChainMap(' + ', '.join([repr(m) for m in self.maps]) + ')'


class _TupleBase:
    """What named tuples share: a wrapped tuple and the tuple protocol."""
    __slots__ = ('_t',)

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return len(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def _other(self, other):
        if isinstance(other, _TupleBase):
            return other._t
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._t == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._t != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._t < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._t <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._t > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._t >= o

    def __add__(self, other):
        o = self._other(other)
        if o is None:
            raise TypeError('can only concatenate tuple (not "' + type(other).__name__ + '") to tuple')
        return self._t + o

    def count(self, x):
        return self._t.count(x)

    def index(self, x, *args):
        return self._t.index(x, *args)

    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join(
            [f + '=' + repr(v) for f, v in zip(self._fields, self._t)]) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self._t))

    def _replace(self, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(self._fields, self._t)]
        if kwds:
            raise ValueError("Got unexpected field names: " + repr(list(kwds)))
        return self._make(values)

    def __getnewargs__(self):
        return self._t

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        import copy
        return self._make(copy.deepcopy(list(self._t), memo))


def _field_getter(index):
    return property(lambda self: self._t[index])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A class of records with named fields that also behave as tuples."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(f) for f in field_names]
    seen = set()
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: " + repr(name))
    for name in field_names:
        if name.startswith('_'):
            raise ValueError("Field names cannot start with an underscore: " + repr(name))
        if name in seen:
            raise ValueError("Encountered duplicate field name: " + repr(name))
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(field_names):
        raise TypeError('Got more default values than field names')
    params = []
    first_default = len(field_names) - len(defaults)
    for i, name in enumerate(field_names):
        params.append(name if i < first_default else name + '=_defaults[' + str(i - first_default) + ']')
    args = ', '.join(field_names)
    namespace = {'_defaults': defaults, '_object': object}
    exec('def __new__(_cls, ' + ', '.join(params) + '):\n'
         '    self = _object.__new__(_cls)\n'
         '    self._t = (' + args + (',' if len(field_names) == 1 else '') + ')\n'
         '    return self\n', namespace)
    new = namespace['__new__']
    new.__qualname__ = typename + '.__new__'

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected ' + str(len(cls._fields)) + ' arguments, got ' + str(len(values)))
        self = object.__new__(cls)
        self._t = values
        return self

    body = {'__slots__': (), '__new__': new, '_make': classmethod(_make), '_fields': tuple(field_names),
            '_field_defaults': dict(zip(field_names[first_default:], defaults)),
            '__doc__': typename + '(' + args + ')', '__match_args__': tuple(field_names)}
    for i, name in enumerate(field_names):
        body[name] = _field_getter(i)
    cls = type(typename, (_TupleBase,), body)
    if module is None:
        module = _sys._getframe(1).f_globals.get('__name__', '__main__') if hasattr(_sys, '_getframe') \
            else '__main__'
    cls.__module__ = module
    return cls


_loading_abc = False


def __getattr__(name):
    # collections.abc is there after "import collections", as in CPython, but loaded only when first used.
    global _loading_abc
    if name == 'abc' and not _loading_abc:
        _loading_abc = True
        import collections.abc as abc
        return abc
    raise AttributeError("module 'collections' has no attribute " + repr(name))
