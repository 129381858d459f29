def compute(values, factor, offset, *, scale=1, clamp=None, label="result", verbose=False):
    return [v * factor + offset for v in values] + [values[100]]
compute([1, 2, 3], 2, 1, scale=3, clamp=(0, 10), label="a rather long label", verbose=True)
