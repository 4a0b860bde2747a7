"""collections.abc: the abstract base classes of containers, iterators and awaitables.

isinstance()/issubclass() check the methods a class has (for Awaitable, Iterable, AsyncIterator...) or the classes
registered (for Sequence, Mapping, Set...), as CPython's ABCs do; subscripting gives collections.abc.X[...].
"""

import collections as _collections

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable', 'Iterable',
           'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set',
           'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']


def _has(cls, *methods):
    for name in methods:
        found = False
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return False
                found = True
                break
        if not found and getattr(cls, name, None) is None:
            return False
    return True


class _Alias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return repr_alias(self.__origin__, self.__args__)


def _name(t):
    if isinstance(t, type):
        return t.__qualname__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__
    if t is ...:
        return '...'
    return repr(t)


def repr_alias(origin, args):
    return _name(origin) + '[' + ', '.join([_name(a) if not isinstance(a, list) else
                                            '[' + ', '.join([_name(x) for x in a]) + ']' for a in args]) + ']'


class _ABC:
    _methods = ()
    _registry = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if '_registry' not in cls.__dict__:
            cls._registry = []

    @classmethod
    def __class_instancecheck__(cls, instance):
        return cls.__class_subclasscheck__(type(instance))

    @classmethod
    def __class_subclasscheck__(cls, subclass):
        for registered in cls._all_registered():
            if issubclass(subclass, registered):
                return True
        return bool(cls._methods) and _has(subclass, *cls._methods)

    @classmethod
    def _all_registered(cls):
        return cls.__dict__.get('_registry', ())

    @classmethod
    def register(cls, subclass):
        # A class registered with an ABC is a virtual subclass of its ABC ancestors too.
        for klass in cls.__mro__:
            registry = klass.__dict__.get('_registry')
            if isinstance(registry, list) and subclass not in registry:
                registry.append(subclass)
        return subclass

    def __class_getitem__(cls, params):
        return _Alias(cls, params if isinstance(params, tuple) else (params,))


class Hashable(_ABC):
    _methods = ('__hash__',)


class Awaitable(_ABC):
    _methods = ('__await__',)


class Coroutine(Awaitable):
    _methods = ('send', 'throw', 'close', '__await__')


class AsyncIterable(_ABC):
    _methods = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    _methods = ('__aiter__', '__anext__')


class AsyncGenerator(AsyncIterator):
    _methods = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


class Iterable(_ABC):
    _methods = ('__iter__',)


class Iterator(Iterable):
    _methods = ('__iter__', '__next__')


class Reversible(Iterable):
    _methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_ABC):
    _methods = ('__len__',)


class Container(_ABC):
    _methods = ('__contains__',)


class Collection(Sized, Iterable, Container):
    _methods = ('__len__', '__iter__', '__contains__')


class Callable(_ABC):
    @classmethod
    def __class_instancecheck__(cls, instance):
        return callable(instance)

    @classmethod
    def __class_subclasscheck__(cls, subclass):
        return _has(subclass, '__call__')

    def __class_getitem__(cls, params):
        args, result = params
        if args is ...:
            return _Alias(cls, (..., result))
        return _Alias(cls, (list(args), result))


class Set(Collection):
    _methods = ()


class MutableSet(Set):
    _methods = ()


class Mapping(Collection):
    _methods = ()


class MutableMapping(Mapping):
    _methods = ()


class Sequence(Reversible, Collection):
    _methods = ()


class MutableSequence(Sequence):
    _methods = ()


class ByteString(Sequence):
    _methods = ()


class MappingView(Sized):
    _methods = ()


class KeysView(MappingView, Set):
    _methods = ()


class ItemsView(MappingView, Set):
    _methods = ()


class ValuesView(MappingView, Collection):
    _methods = ()


Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
for _mapping in (_collections.defaultdict, _collections.OrderedDict, _collections.Counter, _collections.ChainMap):
    MutableMapping.register(_mapping)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(_collections._TupleBase)
MutableSequence.register(list)
MutableSequence.register(_collections.deque)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
