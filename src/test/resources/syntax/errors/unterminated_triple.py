x = """abc
y
