# Scopes: globals, nonlocal, closures over loop variables, class scopes, comprehension scopes.
x = "global"

def read_global():
    return x

def shadow():
    x = "local"
    return x

print(read_global(), shadow(), x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get

add, get = counter()
add(2)
add(3)
print(get())

class Config:
    value = 10
    doubled = value * 2
    items = [i for i in range(2)]

print(Config.doubled, Config.items)

def make():
    a = 1
    class Inner:
        b = a + 1
        def method(self):
            return a + self.b
    return Inner().method()

print(make())
y = 5
print([y * k for k in range(3)], {k: y for k in "ab"})
print([(a, b) for a in range(2) for b in range(a + 1)])
total = 0
print([total := total + v for v in range(4)], total)

def gen_scope():
    data = [1, 2, 3]
    return list(v * w for v in data for w in data if v == w)

print(gen_scope())
print(sorted(globals().keys() & {"x", "y", "Config"}))

def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())

print(show_locals(1))
