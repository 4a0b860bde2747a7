match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case (0, 0) | (1, -1):
        pass
    case {"x": x, "y": 2, **rest}:
        pass
    case Point(x=0, y=0) | Point(1, y=_):
        pass
    case Color.RED | mod.sub.VALUE:
        pass
    case str() as text if len(text) > 2:
        pass
    case -1.5 | 3 | "s" "t" | None | True | False:
        pass
    case []:
        pass
    case ():
        pass
    case {}:
        pass
    case _:
        pass
match a, *b:
    case x, y if x:
        pass
    case (z):
        pass
match = 1
match.x = 2
case = [match]
print(match, case)
