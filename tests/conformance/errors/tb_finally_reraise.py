def work():
    try:
        raise TypeError("in try")
    finally:
        print("cleanup runs")
work()
