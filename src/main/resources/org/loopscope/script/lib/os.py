"""os, without the host: what programs ask of it for harmless reasons, and nothing that reaches files, processes or
the machine's environment.

getpid() is 40000 in the program itself and 40000 + N in the simulated process SpawnProcess-N of aiomultiprocess;
getppid() is the pid of the process that started the one asking (39999, a shell, for the program). cpu_count() is 2,
the number of workers aiomultiprocess.Pool() starts when given none. environ starts empty: a program may put
variables in it and read them back (getenv), but it never sees the host's. path is posixpath: pure string functions.
Everything that would touch the file system or other processes (open, listdir, remove, getcwd, system, popen, exec*,
fork, kill, putenv...) is absent: AttributeError. getpid, getppid, cpu_count and fspath are put in before this runs
(built in, as in CPython). Lines marked "# line N" sit where CPython's frozen os has them, for tracebacks."""

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
linesep = '\n'
devnull = '/dev/null'
error = OSError

_MISSING = object()


class _Environ:
    """The run's own environment variables: empty at the start, str keys and values; a mutable mapping."""

    # What CPython's _Environ inherits from MutableMapping.
    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError from None
        return key, self.pop(key)

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwds):
        pairs = other.items() if hasattr(other, 'keys') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __init__(self, encodekey, encodevalue):
        self.encodekey = encodekey
        self.encodevalue = encodevalue
        self._data = {}

    def __getitem__(self, key):  # line 674
        try:
            value = self._data[self.encodekey(key)]  # line 676
        except KeyError:
            raise KeyError(key) from None  # line 679
        return value

    def __setitem__(self, key, value):  # line 682
        key = self.encodekey(key)  # line 683
        value = self.encodevalue(value)  # line 684
        self._data[key] = value

    def __delitem__(self, key):  # line 688
        encodedkey = self.encodekey(key)  # line 689
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None  # line 695

    def __iter__(self):  # line 697
        return iter(list(self._data))

    def __len__(self):  # line 703
        return len(self._data)

    def __repr__(self):  # line 706
        items = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return 'environ({' + items + '})'

    def copy(self):  # line 713
        return dict(self)

    def setdefault(self, key, value):  # line 716
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):  # line 721
        self.update(other)
        return self

    def __or__(self, other):  # line 725
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):  # line 732
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _createenviron():
    # Empty, whatever the host has: a run never sees the machine's variables.
    def encode(value):  # line 756
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)  # line 758
        return value
    return _Environ(encode, encode)


environ = _createenviron()


def getenv(key, default=None):  # line 773
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)  # line 777


import posixpath as path
