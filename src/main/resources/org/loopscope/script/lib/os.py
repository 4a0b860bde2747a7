"""os, without the host: what programs ask of it for harmless reasons, and nothing that reaches files, processes or
the machine's environment.

getpid() is 40000 in the program itself and 40000 + N in the simulated process SpawnProcess-N of aiomultiprocess;
getppid() is the pid of the process that started the one asking (39999, a shell, for the program). cpu_count() is 2,
the number of workers aiomultiprocess.Pool() starts when given none. environ starts empty: a program may put
variables in it and read them back (getenv), but it never sees the host's. path is posixpath: pure string functions.
Everything that would touch the file system or other processes (open, listdir, remove, getcwd, system, popen, exec*,
fork, kill, putenv...) is absent: AttributeError. getpid, getppid and cpu_count are put in before this runs."""

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


def fspath(path):
    """The str of a path: the path itself, or what its __fspath__() returns (the language has no bytes)."""
    if isinstance(path, str):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__) from None
    if isinstance(path_repr, str):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


_MISSING = object()


class _Environ:
    """The run's own environment variables: empty at the start, str keys and values; a mutable mapping."""

    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key)] = _check_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

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

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return 'environ({' + items + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ()


def getenv(key, default=None):
    """The environment variable key if it exists, else default."""
    return environ.get(key, default)


import posixpath as path
