"""copy: shallow and deep copies."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex if False else str, str, type, range, type(len),
           type(lambda: 0), type(Ellipsis), type(NotImplemented))


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x)


def _reconstruct(x):
    cls = type(x)
    if not hasattr(x, '__dict__'):
        raise Error("un(shallow)copyable object of type " + repr(cls))
    y = object.__new__(cls)
    y.__dict__.update(x.__dict__)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif hasattr(x, '__dict__'):
            y = object.__new__(cls)
            memo[d] = y
            for k, v in x.__dict__.items():
                setattr(y, k, deepcopy(v, memo))
        else:
            raise Error("un(deep)copyable object of type " + repr(cls))
    memo[d] = y
    return y
