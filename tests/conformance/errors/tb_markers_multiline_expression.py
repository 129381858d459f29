def total(xs):
    return (
        sum(xs)
        / len(xs)
    )
total([])
