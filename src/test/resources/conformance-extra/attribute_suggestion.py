# AttributeError suggestions come from dir() of the object.
class Point:
    def __init__(self):
        self.name = "p"

print(Point().name)
Point().nme
