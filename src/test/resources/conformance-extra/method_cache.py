# The same call site (one LOAD_METHOD) sees classes change between calls: a method replaced or deleted on the class
# or on a base, shadowed by an instance attribute, a __getattribute__ added later, objects of other classes.


class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


def call_greet(obj):
    return obj.greet()


def replaced(self):
    return "replaced"


def on_child(self):
    return "child"


def custom_getattribute(self, name):
    if name == "greet":
        return lambda: "intercepted"
    return object.__getattribute__(self, name)


c = Child()
results = [call_greet(c)]
Base.greet = replaced
results.append(call_greet(c))
Child.greet = on_child
results.append(call_greet(c))
del Child.greet
results.append(call_greet(c))
c.greet = lambda: "instance"
results.append(call_greet(c))
del c.greet
results.append(call_greet(c))
Base.__getattribute__ = custom_getattribute
results.append(call_greet(c))
del Base.__getattribute__
results.append(call_greet(c))


class Other:
    def greet(self):
        return "other"


results.append(call_greet(Other()))
results.append(call_greet(c))
del Base.greet
try:
    call_greet(c)
except AttributeError as e:
    results.append(str(e))
Base.greet = lambda self: "lambda"
results.append(call_greet(c))
for i in range(3):
    results.append(call_greet(Other() if i % 2 else c))
print(results)


def appender(items, value):
    items.append(value)
    return len(items)


print([appender([], 1), appender([1, 2], 3)])
