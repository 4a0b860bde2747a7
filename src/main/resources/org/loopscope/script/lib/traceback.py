"""traceback: the reports of exceptions as CPython prints them (format_exc, print_exc, format_exception...).

Stacks of running code (print_stack, extract_stack) are not available: scripts see no frames.
"""

import sys

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc', 'print_exception',
           'print_last']

_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def _value(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report for exc as a list of lines, each ending in a newline."""
    exc = _value(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_format(exc))


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s) of the report: the exception's type and message."""
    exc = _value(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        return [exc.__name__ + '\n']
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    text = str(exc)
    return [name + (': ' + text if text else '') + '\n']


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The report for the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report for the exception being handled (on sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
