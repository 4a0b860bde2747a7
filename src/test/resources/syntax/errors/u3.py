f"你{a b}"
