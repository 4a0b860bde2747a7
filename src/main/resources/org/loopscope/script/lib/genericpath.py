"""genericpath: the path helpers posixpath shares that need no file system (commonprefix, _splitext,
_check_arg_types). exists, isfile, getsize and the others that ask the file system are absent. Lines marked
"# line N" sit where CPython's frozen genericpath has them, for tracebacks."""

import os


def commonprefix(m):  # line 69
    "Given a list of pathnames, returns the longest common leading component"
    if not m: return ''  # line 71
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))  # line 77
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]  # line 82
    return s1


def _splitext(p, sep, altsep, extsep):  # line 121
    # Leading dots do not start an extension: '.bashrc' has none.
    sep_index = p.rfind(sep)
    if altsep:
        sep_index = max(sep_index, p.rfind(altsep))
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]  # line 139
            filename_index += 1
    return p, p[:0]  # line 142

def _check_arg_types(funcname, *args):  # line 144
    for s in args:
        if not isinstance(s, str):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '  # line 152
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
