x = rb"abc
y
