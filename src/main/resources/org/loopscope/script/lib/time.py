"""The calendar functions of time (localtime, gmtime, strftime, ctime...), added to the Java module the first time a
program asks for one of them. They read the run's clock as time.time() does; the zone is UTC."""

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    """The broken-down time: a 9-item sequence with named fields."""

    def __init__(self, values):
        values = tuple(values)
        if len(values) != 9:
            raise TypeError("time.struct_time() takes a 9-sequence (" + str(len(values)) + "-sequence given)")
        self._t = values

    def __getattr__(self, name):
        if name in _FIELDS:
            return self._t[_FIELDS.index(name)]
        if name == 'tm_zone':
            return 'UTC'
        if name == 'tm_gmtoff':
            return 0
        raise AttributeError("'time.struct_time' object has no attribute '" + name + "'")

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join([f + '=' + str(v) for f, v in zip(_FIELDS, self._t)]) + ')'


def _now():
    return time()


def gmtime(secs=None):
    import datetime
    if secs is None:
        secs = _now()
    d = datetime.datetime.fromtimestamp(int(secs // 1))
    yday = d.toordinal() - datetime.date(d.year, 1, 1).toordinal() + 1
    return struct_time((d.year, d.month, d.day, d.hour, d.minute, d.second, d.weekday(), yday, 0))


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    import datetime
    return datetime.datetime(t[0], t[1], t[2], t[3], t[4], t[5]).timestamp()


def strftime(format, t=None):
    import datetime
    if t is None:
        t = localtime()
    d = datetime.datetime(t[0], t[1], t[2], t[3], t[4], t[5])
    return d.strftime(format)


def asctime(t=None):
    if t is None:
        t = localtime()
    return strftime('%a %b ', t) + ('%2d' % t[2]) + strftime(' %H:%M:%S %Y', t)


def ctime(secs=None):
    return asctime(localtime(secs))
