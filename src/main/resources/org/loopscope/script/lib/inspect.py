"""inspect: what kind of callable or object something is (no frames or source: scripts see no frames)."""

import types as _types

CO_COROUTINE = 128
CO_GENERATOR = 32
CO_ASYNC_GENERATOR = 512

_FunctionType = type(lambda: None)


async def _coro():
    pass


def _gen():
    yield


async def _agen():
    yield


_c = _coro()
_CoroutineType = type(_c)
_c.close()
_GeneratorType = type(_gen())
_AsyncGeneratorType = type(_agen())
del _c


def _unwrap_partial(f):
    while hasattr(f, 'func') and type(f).__name__ == 'partial':
        f = f.func
    return f


def _function(obj):
    obj = _unwrap_partial(obj)
    if ismethod(obj):
        obj = obj.__func__
    return obj if isinstance(obj, _FunctionType) else None


def isfunction(obj):
    return isinstance(obj, _FunctionType)


def ismethod(obj):
    return type(obj).__name__ == 'method'


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return type(obj).__name__ == 'module'


def isbuiltin(obj):
    return type(obj).__name__ == 'builtin_function_or_method'


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def iscoroutinefunction(obj):
    f = _function(obj)
    return f is not None and bool(f.__code__.co_flags & CO_COROUTINE)


def isgeneratorfunction(obj):
    f = _function(obj)
    return f is not None and bool(f.__code__.co_flags & CO_GENERATOR)


def isasyncgenfunction(obj):
    f = _function(obj)
    return f is not None and bool(f.__code__.co_flags & CO_ASYNC_GENERATOR)


def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)


def isgenerator(obj):
    return isinstance(obj, _GeneratorType)


def isasyncgen(obj):
    return isinstance(obj, _AsyncGeneratorType)


def isawaitable(obj):
    if isinstance(obj, _CoroutineType):
        return True
    if isinstance(obj, _GeneratorType) and bool(obj.gi_code.co_flags & 256):
        return True
    return hasattr(type(obj), '__await__')


def isabstract(obj):
    return bool(getattr(obj, '__abstractmethods__', False))


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    return None if doc is None else cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


class _empty:
    """Marker of a parameter without default or annotation."""


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        text = self.name
        if self.annotation is not _empty:
            text += ': ' + _annotation_text(self.annotation)
        if self.default is not _empty:
            text += (' = ' if self.annotation is not _empty else '=') + repr(self.default)
        if self.kind == Parameter.VAR_POSITIONAL:
            text = '*' + text
        elif self.kind == Parameter.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<Parameter "' + str(self) + '">'


def _annotation_text(a):
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
    return repr(a)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, return_annotation=_empty):
        self.parameters = {p.name: p for p in (parameters or [])}
        self.return_annotation = return_annotation

    def __str__(self):
        parts = []
        seen_kwonly = False
        seen_posonly = False
        for p in self.parameters.values():
            if p.kind == Parameter.POSITIONAL_ONLY:
                seen_posonly = True
            elif seen_posonly:
                parts.append('/')
                seen_posonly = False
            if p.kind == Parameter.KEYWORD_ONLY and not seen_kwonly:
                parts.append('*')
            if p.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_POSITIONAL):
                seen_kwonly = True
            parts.append(str(p))
        if seen_posonly:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + _annotation_text(self.return_annotation)
        return text

    def __repr__(self):
        return '<Signature ' + str(self) + '>'


def signature(obj):
    """The parameters of a Python function (or method, or class's __init__)."""
    bound = False
    if isclass(obj):
        obj = obj.__init__
        bound = True
    if ismethod(obj):
        obj = obj.__func__
        bound = True
    if not isinstance(obj, _FunctionType):
        raise ValueError('no signature found for ' + repr(obj))
    code = obj.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    annotations = obj.__annotations__
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default, annotation=annotations.get(names[i], _empty)))
    index = npos
    if code.co_flags & 4:
        name = names[npos + nkw]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(npos, npos + nkw):
        params.append(Parameter(names[i], Parameter.KEYWORD_ONLY, default=kwdefaults.get(names[i], _empty),
                                annotation=annotations.get(names[i], _empty)))
    if code.co_flags & 8:
        name = names[npos + nkw + (1 if code.co_flags & 4 else 0)]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if bound and params:
        params = params[1:]
    return Signature(params, annotations.get('return', _empty))
