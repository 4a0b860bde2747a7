# Class patterns: the class must be a type; __match_args__ decides the positional sub-patterns.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Q:
    __match_args__ = ("a",)


class R:
    __match_args__ = ["x"]


def f():
    pass


def attempt(label, subject, which):
    try:
        match subject:
            case f() if which == "f":
                print("f")
            case P(1) if which == "P":
                print("P")
            case Q(1, 2) if which == "Q":
                print("Q")
            case R(1) if which == "R":
                print("R")
            case P(x=1, y=y):
                print(label, "P with y", y)
            case _:
                print(label, "nothing")
    except TypeError as e:
        print(label, "TypeError:", e)


for which in ["f", "P", "Q", "R"]:
    attempt(which, P(1, 2), which if which != "f" else "x")
attempt("f", 1, "f")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match 3.0:
    case int():
        print("int")
    case float(x) if x.is_integer():
        print("float integer", x)
match (1, 2):
    case [1, 2, *others]:
        print("others", others)
