class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
class Other(MyError):
    pass
try:
    raise MyError(1)
except MyError as e:
    raise Other(2) from e
