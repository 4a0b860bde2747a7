class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balence:
            raise ValueError("insufficient")


Account(10).withdraw(5)
