x = (
if y:
