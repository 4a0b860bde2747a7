import time
t = time.gmtime(0)
print(t, t.tm_year, t[0], time.strftime('%X', t), time.ctime(0), time.asctime(t), time.mktime(t), time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(90.5)), len(t), tuple(t))
print(time.timezone, time.tzname, time.altzone, time.daylight, t == tuple(t), time.gmtime(1e9))
