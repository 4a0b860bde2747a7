"""dataclasses: @dataclass writes __init__, __repr__, __eq__ (and ordering, frozen, hash) from annotations."""

import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[' + name + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class Field:
    """One field of a dataclass (what field() returns and fields() lists)."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) + ',default=' + repr(self.default)
                + ',default_factory=' + repr(self.default_factory) + ',init=' + repr(self.init) + ',repr='
                + repr(self.repr) + ',hash=' + repr(self.hash) + ',compare=' + repr(self.compare)
                + ',metadata=mappingproxy(' + repr(self.metadata) + '),kw_only=' + repr(self.kw_only)
                + ',_field_type=' + repr(self._field_type) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    return type(tp).__name__ == '_GenericAlias' and getattr(tp, '_name', None) == 'ClassVar' or \
        repr(tp) == 'typing.ClassVar'


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return isinstance(tp, InitVar) or tp is InitVar


def _process_fields(cls, kw_only_default):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = _FIELD
        if _is_classvar(tp):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(tp):
            f._field_type = _FIELD_INITVAR
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f._field_type is _FIELD and f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError('mutable default ' + repr(type(f.default)) + ' for field ' + name
                             + ' is not allowed: use default_factory')
        fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    return fields


def _make_function(cls, name, params, body, namespace):
    text = 'def ' + name + '(' + ', '.join(params) + '):\n' + ''.join(['    ' + line + '\n' for line in body])
    exec(text, namespace)
    fn = namespace[name]
    fn.__qualname__ = cls.__qualname__ + '.' + name
    return fn


def _init_fn(cls, fields, frozen, has_post_init):
    namespace = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
    params = ['self']
    kw_params = []
    body = []
    seen_default = False
    for f in fields:
        if f._field_type is _FIELD_CLASSVAR or not f.init:
            continue
        if f.default is not MISSING:
            namespace['_dflt_' + f.name] = f.default
            param = f.name + '=_dflt_' + f.name
        elif f.default_factory is not MISSING:
            param = f.name + '=MISSING'
        else:
            param = f.name
        if f.kw_only:
            kw_params.append(param)
        else:
            if f.default is MISSING and f.default_factory is MISSING:
                if seen_default:
                    raise TypeError('non-default argument ' + repr(f.name) + ' follows default argument')
            else:
                seen_default = True
            params.append(param)
    if kw_params:
        params.append('*')
        params.extend(kw_params)
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace['_factory_' + f.name] = f.default_factory
            if f.init:
                value = '_factory_' + f.name + '() if ' + f.name + ' is MISSING else ' + f.name
            else:
                value = '_factory_' + f.name + '()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace['_dflt_' + f.name] = f.default
            value = '_dflt_' + f.name
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self, ' + repr(f.name) + ', ' + value + ')')
        else:
            body.append('self.' + f.name + ' = ' + value)
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
        body.append('self.__post_init__(' + ', '.join(initvars) + ')')
    if not body:
        body.append('pass')
    return _make_function(cls, '__init__', params, body, namespace)


def _tuple_of(fields, obj_name):
    return '(' + ''.join([obj_name + '.' + f.name + ',' for f in fields]) + ')'


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = _process_fields(cls, kw_only)
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    field_list = list(all_fields.values())
    real_fields = [f for f in field_list if f._field_type is _FIELD]
    if init:
        _set_new_attribute(cls, '__init__', _init_fn(cls, field_list, frozen, hasattr(cls, '__post_init__')))
    if repr:
        shown = [f for f in real_fields if f.repr]
        body = ['return self.__class__.__qualname__ + "(" + ' + (' + ", " + '.join(
            ['"' + f.name + '=" + __repr(self.' + f.name + ')' for f in shown]) if shown else '""') + ' + ")"']
        fn = _make_function(cls, '__repr__', ['self'], body, {'__repr': _safe_repr})
        _set_new_attribute(cls, '__repr__', fn)
    compared = [f for f in real_fields if f.compare]
    if eq:
        body = ['if other.__class__ is self.__class__:',
                '    return ' + _tuple_of(compared, 'self') + ' == ' + _tuple_of(compared, 'other'),
                'return NotImplemented']
        _set_new_attribute(cls, '__eq__', _make_function(cls, '__eq__', ['self', 'other'], body, {}))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            body = ['if other.__class__ is self.__class__:',
                    '    return ' + _tuple_of(compared, 'self') + ' ' + op + ' ' + _tuple_of(compared, 'other'),
                    'return NotImplemented']
            if _set_new_attribute(cls, name, _make_function(cls, name, ['self', 'other'], body, {})):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__
                                + '. Consider using functools.total_ordering')
    if frozen:
        names = tuple(f.name for f in field_list)
        namespace = {'FrozenInstanceError': FrozenInstanceError, 'fields': names}
        body = ['if type(self) is cls or name in fields:',
                '    raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                'super(cls, self).__setattr__(name, value)']
        namespace['cls'] = cls
        _set_new_attribute(cls, '__setattr__', _make_function(cls, '__setattr__', ['self', 'name', 'value'], body,
                                                              namespace))
        body = ['if type(self) is cls or name in fields:',
                '    raise FrozenInstanceError(f"cannot delete field {name!r}")',
                'super(cls, self).__delattr__(name)']
        _set_new_attribute(cls, '__delattr__', _make_function(cls, '__delattr__', ['self', 'name'], body,
                                                              namespace))
    hashed = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        body = ['return hash(' + _tuple_of(hashed, 'self') + ')']
        cls.__hash__ = _make_function(cls, '__hash__', ['self'], body, {})
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None
    if not cls.__dict__.get('__doc__'):
        cls.__doc__ = _signature_doc(cls, field_list)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in field_list
                                                        if f.init and not f.kw_only and f._field_type is _FIELD))
    return cls


def _format_annotation(annotation):
    if isinstance(annotation, str):
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation).replace('typing.', '')


def _signature_doc(cls, fields):
    """What CPython gives a dataclass without a docstring: its name and its __init__ signature."""
    parts = []
    star = False
    for f in fields:
        if not f.init or f._field_type is _FIELD_CLASSVAR:
            continue
        if f.kw_only and not star:
            parts.append('*')
            star = True
        text = f.name + ': ' + _format_annotation(f.type)
        if f.default is not MISSING:
            text += ' = ' + repr(f.default)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    return cls.__name__ + '(' + ', '.join(parts) + ')'


_repr_running = set()


def _safe_repr(value):
    key = id(value)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return repr(value)
    finally:
        _repr_running.discard(key)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds the generated methods to the class (usable as @dataclass and @dataclass(...))."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if hasattr(type(obj), '_fields') and hasattr(obj, '_asdict'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases or (object,), namespace)
    return dataclass(cls, **kwargs)
