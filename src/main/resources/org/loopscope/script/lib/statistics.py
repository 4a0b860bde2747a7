"""statistics: averages and spread of numeric data, exact where CPython's are (ints and floats)."""

import math as _math


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        if x != x or x in (float('inf'), float('-inf')):
            return None
        return x.as_integer_ratio()
    raise TypeError("can't convert type '" + type(x).__name__ + "' to numerator/denominator")


def _gcd_reduce(n, d):
    g = _math.gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g


def _exact_sum(data):
    """(kind, numerator, denominator, count): int when every value is an int, else float."""
    kind = int
    num, den, count = 0, 1, 0
    special = None
    for x in data:
        count += 1
        if isinstance(x, bool) or not isinstance(x, (int, float)):
            raise TypeError("can't convert type '" + type(x).__name__ + "' to numerator/denominator")
        if isinstance(x, float):
            kind = float
        r = _ratio(x)
        if r is None:
            special = x if special is None else special + x
            continue
        n, d = r
        num, den = _gcd_reduce(num * d + n * den, den * d)
    return kind, num, den, count, special


def _convert(kind, num, den):
    if kind is int and den == 1:
        return num
    return num / den


def mean(data):
    """The arithmetic mean (an int for ints that divide evenly)."""
    data = list(data)
    kind, num, den, n, special = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if special is not None:
        return special
    num, den = _gcd_reduce(num, den * n)
    return _convert(kind, num, den)


def fmean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    if weights is None:
        return _math.fsum(data) / len(data)
    weights = list(weights)
    return _math.fsum(x * w for x, w in zip(data, weights)) / _math.fsum(weights)


def geometric_mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('geometric_mean requires a non-empty dataset containing positive numbers')
    return _math.exp(fmean([_math.log(x) for x in data]))


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError('harmonic_mean requires at least one data point')
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
    if 0 in data:
        return 0
    kind, num, den, n, special = _exact_sum([1 / x if isinstance(x, float) else x for x in [1] * 0] or [0])
    total_n, total_d = 0, 1
    kind = int
    for x in data:
        if isinstance(x, float):
            kind = float
        xn, xd = _ratio(x)
        total_n, total_d = _gcd_reduce(total_n * xn + xd * total_d, total_d * xn)
    num, den = _gcd_reduce(len(data) * total_d, total_n)
    return _convert(kind, num, den)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for x, c in counts.items():
        if c == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def _ss(data, c=None):
    kind, num, den, n, special = _exact_sum(data)
    if c is None:
        cn, cd = _gcd_reduce(num, den * n)
    else:
        cn, cd = _ratio(c)
    total_n, total_d = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        dn, dd = xn * cd - cn * xd, xd * cd
        total_n, total_d = _gcd_reduce(total_n * dd * dd + dn * dn * total_d, total_d * dd * dd)
    return kind, total_n, total_d, n


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    kind, num, den, n = _ss(data, xbar)
    num, den = _gcd_reduce(num, den * (n - 1))
    return _convert(kind, num, den)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    kind, num, den, n = _ss(data, mu)
    num, den = _gcd_reduce(num, den * n)
    return _convert(kind, num, den)


def _sqrt_frac(num, den):
    return _math.sqrt(num / den)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    kind, num, den, n = _ss(data, xbar)
    return _sqrt_frac(num, den * (n - 1))


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    kind, num, den, n = _ss(data, mu)
    return _sqrt_frac(num, den * n)


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError('Unknown method: ' + repr(method))
