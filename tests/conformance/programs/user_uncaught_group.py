def work(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")
errs = []
for i in range(3):
    try:
        work(i)
    except Exception as e:
        errs.append(e)
print("collected", len(errs))
raise ExceptionGroup("batch failed", errs)
