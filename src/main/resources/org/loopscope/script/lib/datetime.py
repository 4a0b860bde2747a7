"""datetime: date, datetime, timedelta and timezone.utc.

now() and today() read the run's clock, as time.time() does: local time is UTC and, in virtual time, the clock starts
at a fixed date (2024-01-01 00:00:00).
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHNAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
               'October', 'November', 'December']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    days = 0
    for m in range(1, month):
        days += _days_in_month(year, m)
    return days


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while n >= _days_in_month(year, month):
        n -= _days_in_month(year, month)
        month += 1
    return year, month, n + 1


def _check_date(year, month, day):
    for name, v in (('year', year), ('month', month), ('day', day)):
        if not isinstance(v, int):
            raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year ' + str(year) + ' is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time(hour, minute, second, microsecond):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized."""
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (((weeks * 7 + days) * 24 * 3600 + hours * 3600 + minutes * 60 + seconds) * 1000000
                 + milliseconds * 1000 + microseconds)
        if isinstance(total, float):
            total = round(total)
        d, rest = divmod(total, 86400 * 1000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=' + str(d) + '; must have magnitude <= 999999999')
        self._days = d
        self._seconds = s
        self._microseconds = us

    @classmethod
    def _from_us(cls, us):
        return cls(microseconds=us)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=' + str(self._days))
        if self._seconds:
            args.append('seconds=' + str(self._seconds))
        if self._microseconds:
            args.append('microseconds=' + str(self._microseconds))
        return 'datetime.timedelta(' + (', '.join(args) if args else '0') + ')'

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '') + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int) and not isinstance(other, bool):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            return timedelta._from_us(round(self._to_us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        return self._to_us() == other._to_us() if isinstance(other, timedelta) else NotImplemented

    def __lt__(self, other):
        return self._to_us() < other._to_us() if isinstance(other, timedelta) else NotImplemented

    def __le__(self, other):
        return self._to_us() <= other._to_us() if isinstance(other, timedelta) else NotImplemented

    def __gt__(self, other):
        return self._to_us() > other._to_us() if isinstance(other, timedelta) else NotImplemented

    def __ge__(self, other):
        return self._to_us() >= other._to_us() if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash(self._to_us())

    def __bool__(self):
        return self._to_us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    pass


class timezone(tzinfo):
    """A fixed offset from UTC."""

    def __init__(self, offset, name=None):
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return 'UTC' + (_format_offset(self._offset) if self._offset else '')

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        return 'datetime.timezone(' + repr(self._offset) + ('' if self._name is None else ', ' + repr(self._name)) + ')'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)


def _format_offset(off):
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d:%02d' % (sign, hh, mm)
    if ss or off.microseconds:
        s += ':%02d' % ss
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _strftime(fmt, y, mo, d, hh, mi, ss, us, weekday, yday, tz):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        c = fmt[i + 1]
        i += 2
        if c == 'Y':
            out.append('%d' % y)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % us)
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'A':
            out.append(_DAYNAMES[weekday])
        elif c == 'a':
            out.append(_DAYNAMES[weekday][:3])
        elif c == 'B':
            out.append(_MONTHNAMES[mo])
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[mo][:3])
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'w':
            out.append(str((weekday + 1) % 7))
        elif c == 'u':
            out.append(str(weekday + 1))
        elif c == 'z':
            out.append('' if tz is None else _format_offset(tz.utcoffset(None)).replace(':', ''))
        elif c == 'Z':
            out.append('' if tz is None else tz.tzname(None))
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[weekday][:3], _MONTHNAMES[mo][:3], d, hh, mi, ss,
                                                        y))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


class date:
    """A calendar date (proleptic Gregorian)."""
    __slots__ = ('_year', '_month', '_day')

    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ord2ymd(_EPOCH_ORD + int(t // 86400))
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        try:
            y, m, d = s.split('-')
            return cls(int(y), int(m), int(d))
        except (ValueError, TypeError):
            raise ValueError('Invalid isoformat string: ' + repr(s)) from None

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, None)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if type(other) is type(self) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if type(other) is type(self) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if type(other) is type(self) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if type(other) is type(self) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            return date.fromordinal(self.toordinal() + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return date.fromordinal(self.toordinal() - other.days)
        if type(other) is date:
            return timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented


_EPOCH_ORD = _ymd2ord(1970, 1, 1)


class datetime(date):
    """A date with a time of day (and an optional fixed-offset timezone)."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        date.__init__(self, year, month, day)
        _check_time(hour, minute, second, microsecond)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 1000000)
        days, us = divmod(us, 86400 * 1000000)
        s, us = divmod(us, 1000000)
        hh, rest = divmod(s, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ord2ymd(_EPOCH_ORD + days)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def combine(cls, d, t=None):
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromisoformat(cls, s):
        try:
            day, _, rest = s.replace('T', ' ').partition(' ')
            y, m, d = [int(p) for p in day.split('-')]
            hh = mm = ss = us = 0
            if rest:
                parts = rest.split(':')
                hh = int(parts[0])
                mm = int(parts[1]) if len(parts) > 1 else 0
                if len(parts) > 2:
                    sec, _, frac = parts[2].partition('.')
                    ss = int(sec)
                    us = int((frac + '000000')[:6]) if frac else 0
            return cls(y, m, d, hh, mm, ss, us)
        except (ValueError, TypeError, IndexError):
            raise ValueError('Invalid isoformat string: ' + repr(s)) from None

    def date(self):
        return date(self._year, self._month, self._day)

    def timestamp(self):
        days = self.toordinal() - _EPOCH_ORD
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second + self._microsecond / 1e6

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s%02d:%02d:%02d' % (self._year, self._month, self._day, sep, self._hour,
                                               self._minute, self._second)
        if self._microsecond and timespec == 'auto' or timespec == 'microseconds':
            s += '.%06d' % self._microsecond
        elif timespec == 'milliseconds':
            s += '.%03d' % (self._microsecond // 1000)
        if self._tzinfo is not None:
            s += _format_offset(self._tzinfo.utcoffset(self))
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = 'datetime.datetime(' + ', '.join([str(f) for f in fields])
        if self._tzinfo is not None:
            s += ', tzinfo=' + repr(self._tzinfo)
        return s + ')'

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1,
                         self._tzinfo)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        return datetime(self._year if year is None else year, self._month if month is None else month,
                        self._day if day is None else day, self._hour if hour is None else hour,
                        self._minute if minute is None else minute, self._second if second is None else second,
                        self._microsecond if microsecond is None else microsecond,
                        self._tzinfo if tzinfo is True else tzinfo)

    def _us(self):
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond)
        if self._tzinfo is not None:
            us -= self._tzinfo.utcoffset(self)._to_us()
        return us

    def _key(self):
        return self._us()

    def __eq__(self, other):
        return self._us() == other._us() if isinstance(other, datetime) else NotImplemented

    def __lt__(self, other):
        return self._us() < other._us() if isinstance(other, datetime) else NotImplemented

    def __le__(self, other):
        return self._us() <= other._us() if isinstance(other, datetime) else NotImplemented

    def __gt__(self, other):
        return self._us() > other._us() if isinstance(other, datetime) else NotImplemented

    def __ge__(self, other):
        return self._us() >= other._us() if isinstance(other, datetime) else NotImplemented

    def __hash__(self):
        return hash(self._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        t = self.timestamp() if False else None
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond + other._to_us())
        days, us = divmod(us, 86400 * 1000000)
        s, us = divmod(us, 1000000)
        hh, rest = divmod(s, 3600)
        mm, ss = divmod(rest, 60)
        if not 1 <= days <= _ymd2ord(9999, 12, 31):
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        return datetime(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
