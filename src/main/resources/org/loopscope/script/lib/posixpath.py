"""posixpath (os.path): the pure string functions on POSIX paths, as CPython 3.11 has them. Those that would ask the
file system or the current directory (exists, isfile, getsize, abspath, realpath, relpath, expanduser...) are absent.
Paths are str (the language has no bytes), or objects with __fspath__. Lines marked "# line N" sit where CPython's
frozen posixpath has them, for tracebacks."""

import os
import genericpath
from genericpath import commonprefix

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
altsep = None
devnull = '/dev/null'


def _get_sep(s):  # line 41
    return '/'


def normcase(s):  # line 52
    return os.fspath(s)  # line 56


def isabs(s):  # line 60
    """Test whether a path is absolute"""
    s = os.fspath(s)  # line 62
    sep = _get_sep(s)
    return s.startswith(sep)


def join(a, *p):  # line 71
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)  # line 76
    sep = _get_sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):  # line 82
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        genericpath._check_arg_types('join', a, *p)  # line 90
        raise
    return path


def split(p):  # line 100
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)  # line 103
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):  # line 117
    p = os.fspath(p)  # line 118
    sep = '/'
    extsep = '.'
    return genericpath._splitext(p, sep, None, extsep)  # line 125


def splitdrive(p):  # line 131
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)  # line 134
    return p[:0], p


def basename(p):  # line 140
    """Returns the final component of a pathname"""
    p = os.fspath(p)  # line 142
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):  # line 150
    """Returns the directory component of a pathname"""
    p = os.fspath(p)  # line 152
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):  # line 389
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)  # line 391
    sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    # POSIX keeps two initial slashes, but treats three or more as one.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def commonpath(paths):  # line 527
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')  # line 531
    paths = tuple(map(os.fspath, paths))  # line 533
    sep = '/'
    curdir = '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None  # line 547
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)  # line 561
        raise
