x = 1j=
