"""enum: Enum, IntEnum, StrEnum, auto, unique.

Metaclasses are not available in this runtime, so the class-level behaviour of CPython's EnumType (iterating over a
class, len(), Color['RED']) comes from the class hooks __class_iter__, __class_len__ and __class_getitem__, and
IntEnum/StrEnum members behave as ints/strs (compare, hash, arithmetic, format) without being int/str instances.
Flag is not available.
"""

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'auto', 'unique', 'EnumMeta', 'EnumType']


class auto:
    """A member value chosen by the class: the last int value plus one (the lowercased name for StrEnum)."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_descriptor(value):
    return (hasattr(value, '__get__') or hasattr(value, '__set__') or hasattr(value, '__delete__')
            or isinstance(value, type))


class Enum:
    """A set of named constant members: Color.RED, Color(1), Color['RED'], list(Color)."""

    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for base in cls.__mro__[1:]:
            if base.__dict__.get('_member_names_'):
                raise TypeError(cls.__name__ + ': cannot extend ' + repr(base))
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        user_init = cls.__dict__.get('__init__')
        last_values = []
        for name, value in list(cls.__dict__.items()):
            if name.startswith('_') or _is_descriptor(value):
                continue
            if isinstance(value, auto):
                value = cls._generate_next_value_(name, 1, len(last_values), last_values[:])
            last_values.append(value)
            existing = cls._value2member_map_.get(value) if _hashable(value) else None
            if existing is not None:
                cls._member_map_[name] = existing
                setattr(cls, name, existing)
                continue
            member = object.__new__(cls)
            member._name_ = name
            member._value_ = value
            member._sort_order_ = len(cls._member_names_)
            if user_init is not None:
                args = value if isinstance(value, tuple) else (value,)
                user_init(member, *args)
            cls._member_names_.append(name)
            cls._member_map_[name] = member
            if _hashable(value):
                cls._value2member_map_[value] = member
            setattr(cls, name, member)
        if user_init is not None:
            def __init__(self, *args, **kwds):
                pass
            cls.__init__ = __init__
        cls.__members__ = dict(cls._member_map_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        return start

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        raise ValueError(repr(value) + ' is not a valid ' + cls.__qualname__)

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def __class_iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    @classmethod
    def __class_len__(cls):
        return len(cls._member_names_)

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<' + type(self).__name__ + '.' + self._name_ + ': ' + repr(self._value_) + '>'

    def __str__(self):
        return type(self).__name__ + '.' + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _hashable(value):
    try:
        hash(value)
        return True
    except TypeError:
        return False


def _plain(value):
    return value._value_ if isinstance(value, Enum) else value


class ReprEnum(Enum):
    """Members print as their value (str() and format()); repr() stays the enum's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == _plain(other)

    def __ne__(self, other):
        return self._value_ != _plain(other)

    def __lt__(self, other):
        return self._value_ < _plain(other)

    def __le__(self, other):
        return self._value_ <= _plain(other)

    def __gt__(self, other):
        return self._value_ > _plain(other)

    def __ge__(self, other):
        return self._value_ >= _plain(other)

    def __hash__(self):
        return hash(self._value_)


class IntEnum(ReprEnum):
    """Members that compare and compute as their int values."""

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _plain(other)

    def __rsub__(self, other):
        return _plain(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _plain(other)

    def __rmul__(self, other):
        return _plain(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _plain(other)

    def __floordiv__(self, other):
        return self._value_ // _plain(other)

    def __mod__(self, other):
        return self._value_ % _plain(other)

    def __neg__(self):
        return -self._value_

    def __and__(self, other):
        return self._value_ & _plain(other)

    def __or__(self, other):
        return self._value_ | _plain(other)


class StrEnum(ReprEnum):
    """Members that compare and print as their str values."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __add__(self, other):
        return self._value_ + _plain(other)

    def __radd__(self, other):
        return _plain(other) + self._value_

    def __len__(self):
        return len(self._value_)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return getattr(self._value_, name)


def unique(enumeration):
    """Class decorator: ValueError if two names share a value."""
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in <enum '%s'>: %s" % (enumeration.__name__, alias_details))
    return enumeration


EnumType = type
EnumMeta = type
