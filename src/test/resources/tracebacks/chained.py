def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e


def load(data):
    try:
        return data["key"]
    except KeyError:
        return parse(data["fallback"])


load({"fallback": "x1"})
