if x:
	y
	z
