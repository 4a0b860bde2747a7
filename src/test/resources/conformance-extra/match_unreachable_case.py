def classify(v):
    match v:
        case [x, *_]:
            return x
        case x:
            return x
        case 0:
            return "zero"

print(classify([1]))
