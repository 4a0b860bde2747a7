"""abc: abstract base classes. A class with abstract methods left cannot be instantiated.

Metaclasses are not available in this runtime: ABCMeta is a name for ABC's kind, and the check is made by
ABC.__new__ (so it applies to subclasses of ABC).
"""


def abstractmethod(funcobj):
    """Marks a method as abstract: subclasses must override it before they can be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return getattr(value.fget, '__isabstractmethod__', False)
    if isinstance(value, (staticmethod, classmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return getattr(value, '__isabstractmethod__', False)


def _abstract_names(cls):
    names = set()
    seen = set()
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(value):
                names.add(name)
    return frozenset(names)


def update_abstractmethods(cls):
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC:
    """Helper class: subclass it to make an abstract base class."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_registry = []

    def __new__(cls, *args, **kwargs):
        abstract = cls.__dict__.get('__abstractmethods__', None)
        if abstract is None:
            abstract = _abstract_names(cls)
        if abstract:
            names = sorted(abstract)
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                            + ("s " if len(names) > 1 else " ") + ", ".join(names))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Makes subclass a virtual subclass: isinstance() and issubclass() answer True for it."""
        cls.__dict__['_abc_registry'].append(subclass)
        return subclass

    @classmethod
    def __class_instancecheck__(cls, instance):
        return cls.__class_subclasscheck__(type(instance))

    @classmethod
    def __class_subclasscheck__(cls, subclass):
        for klass in cls.__mro__:
            for registered in klass.__dict__.get('_abc_registry', ()):
                if issubclass(subclass, registered):
                    return True
        return False


ABCMeta = type


def get_cache_token():
    return 0
