"""The typing module: the names annotations use, subscriptable, printed as CPython 3.11 prints them.

Types are not checked at run time (as in CPython); isinstance() works where the origin is a class.
"""

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    return repr(obj)


def _args(params):
    if not isinstance(params, tuple):
        params = (params,)
    return tuple([type(None) if p is None else p for p in params])


class _Final:
    """Marks the typing objects that may not be subclassed."""
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal...: an object named after itself."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(self._name + ' is not subscriptable')
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate " + repr(self))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Dict[str, int], Callable[[int], str]..."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        name = self._name if self._name is not None else _type_repr(self.__origin__)
        if not self._name is None:
            name = 'typing.' + name
        if not self.__args__:
            return name + '[()]'
        return name + '[' + ', '.join([_type_repr(a) for a in self.__args__]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _args(params), self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[' + _type_repr(other) + ']'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., ' + _type_repr(args[1]) + ']'
        return ('typing.Callable[[' + ', '.join([_type_repr(a) for a in args[:-1]]) + '], '
                + _type_repr(args[-1]) + ']')


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join([repr(a) for a in self.__args__]) + ']'


def _union(form, params):
    flat = []
    for p in _args(params):
        if p is None:
            p = type(None)
        if isinstance(p, _UnionAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(form, param):
    return _union(form, (param, None))


def _single(form, param):
    return _GenericAlias(form, (param,), form._name)


def _literal(form, params):
    return _LiteralAlias(form, _args(params), 'Literal')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _single)
Final = _SpecialForm('Final', _single)
Literal = _SpecialForm('Literal', _literal)
TypeAlias = _SpecialForm('TypeAlias')


class _SpecialGenericAlias(_Final):
    """List, Dict, Awaitable...: the bare alias of a class, subscriptable with a fixed number of parameters."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _args(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too " + ("many" if len(params) > self._nparams else "few") + " arguments for "
                            + repr(self) + "; actual " + str(len(params)) + ", expected " + str(self._nparams))
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._name in ('List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'DefaultDict', 'Deque', 'Counter',
                          'OrderedDict'):
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__ + "() instead")
        raise TypeError("Type " + self._name + " cannot be instantiated")

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        return _GenericAlias(tuple, _args(params), 'Tuple')


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if result is None:
            result = type(None)
        if args is ...:
            return _CallableAlias(self.__origin__, (..., result), 'Callable')
        if not isinstance(args, list):
            raise TypeError("Callable[args, result]: args must be a list. Got " + _type_repr(args))
        return _CallableAlias(self.__origin__, _args(tuple(args)) + (result,), 'Callable')


class _AbstractOrigin:
    """The origin of an alias whose class this runtime does not expose (collections.abc's ABCs)."""

    def __init__(self, module, name):
        self.__module__ = module
        self.__qualname__ = name
        self.__name__ = name

    def __repr__(self):
        return "<class '" + self.__module__ + "." + self.__name__ + "'>"


def _abc(name, nparams):
    return _SpecialGenericAlias(_AbstractOrigin('collections.abc', name), nparams, name)


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Type = _SpecialGenericAlias(type, 1, 'Type')
Tuple = _TupleAlias(tuple, -1, 'Tuple')
Callable = _CallableSpecial(_AbstractOrigin('collections.abc', 'Callable'), 2, 'Callable')
Awaitable = _abc('Awaitable', 1)
Coroutine = _abc('Coroutine', 3)
AsyncIterable = _abc('AsyncIterable', 1)
AsyncIterator = _abc('AsyncIterator', 1)
AsyncGenerator = _abc('AsyncGenerator', 2)
Iterable = _abc('Iterable', 1)
Iterator = _abc('Iterator', 1)
Generator = _abc('Generator', 3)
Reversible = _abc('Reversible', 1)
Container = _abc('Container', 1)
Collection = _abc('Collection', 1)
Sequence = _abc('Sequence', 1)
MutableSequence = _abc('MutableSequence', 1)
Mapping = _abc('Mapping', 2)
MutableMapping = _abc('MutableMapping', 2)
AbstractSet = _abc('Set', 1)
MutableSet = _abc('MutableSet', 1)
Hashable = _abc('Hashable', 0)
Sized = _abc('Sized', 0)
AsyncContextManager = _SpecialGenericAlias(_AbstractOrigin('contextlib', 'AbstractAsyncContextManager'), 1,
                                           'AsyncContextManager')
ContextManager = _SpecialGenericAlias(_AbstractOrigin('contextlib', 'AbstractContextManager'), 1,
                                      'ContextManager')
DefaultDict = _SpecialGenericAlias(_AbstractOrigin('collections', 'defaultdict'), 2, 'DefaultDict')
Deque = _SpecialGenericAlias(_AbstractOrigin('collections', 'deque'), 1, 'Deque')
OrderedDict = _SpecialGenericAlias(_AbstractOrigin('collections', 'OrderedDict'), 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_AbstractOrigin('collections', 'Counter'), 1, 'Counter')
ChainMap = _SpecialGenericAlias(_AbstractOrigin('collections', 'ChainMap'), 2, 'ChainMap')
Text = str


class TypeVar(_Final):
    """A type variable: printed ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar('AnyStr', str, str)  # bytes do not exist in this runtime


class Generic:
    """The base of user generic classes: Generic[T] and C[int] are accepted (the parameters are not kept)."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, _args(params))


class Protocol(Generic):
    """Structural types; a protocol class itself cannot be instantiated."""
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        if Protocol in cls.__bases__:
            cls._is_protocol = True

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError("Protocols cannot be instantiated")
        return object.__new__(cls)


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Returns the value unchanged (only type checkers look at the type)."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    return getattr(tp, '__origin__', None)


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        if isinstance(tp, _CallableAlias) and tp.__args__[0] is not ...:
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    return getattr(tp, '__args__', ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
    else:
        hints.update(getattr(obj, '__annotations__', {}))
    for name, value in list(hints.items()):
        if value is None:
            hints[name] = type(None)
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def _namedtuple_fields(cls):
    return list(cls.__dict__.get('__annotations__', {}))


class NamedTuple:
    """class P(NamedTuple): x: int; y: int = 0 -- a tuple-like record (see collections.namedtuple)."""

    def __init_subclass__(cls, **kwargs):
        import collections
        fields = _namedtuple_fields(cls)
        defaults = [cls.__dict__[f] for f in fields if f in cls.__dict__]
        base = collections.namedtuple(cls.__name__, fields, defaults=defaults)
        for name, value in collections._TupleBase.__dict__.items():
            if callable(value) and name not in cls.__dict__:
                setattr(cls, name, value)
        cls.__new__ = base.__dict__['__new__']
        cls._make = base.__dict__['_make']
        cls.__match_args__ = tuple(fields)
        for f in fields:
            setattr(cls, f, base.__dict__[f])
        cls._fields = tuple(fields)
        cls._field_defaults = dict(base._field_defaults)


class TypedDict:
    """class Movie(TypedDict): name: str -- calling it makes a plain dict."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


__all__ = ['Any', 'AnyStr', 'AsyncContextManager', 'AsyncGenerator', 'AsyncIterable', 'AsyncIterator',
           'Awaitable', 'Callable', 'ChainMap', 'ClassVar', 'Collection', 'Container', 'ContextManager',
           'Coroutine', 'Counter', 'DefaultDict', 'Deque', 'Dict', 'Final', 'FrozenSet', 'Generator', 'Generic',
           'Hashable', 'Iterable', 'Iterator', 'List', 'Literal', 'Mapping', 'MutableMapping', 'MutableSequence',
           'MutableSet', 'NamedTuple', 'NewType', 'NoReturn', 'Optional', 'OrderedDict', 'ParamSpec', 'Protocol',
           'Reversible', 'Sequence', 'Set', 'Sized', 'Text', 'Tuple', 'Type', 'TypeAlias', 'TypeVar', 'TypedDict',
           'Union', 'TYPE_CHECKING', 'cast', 'final', 'get_args', 'get_origin', 'get_type_hints', 'no_type_check',
           'overload', 'runtime_checkable']
