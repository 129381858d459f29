lines = ["10", "20", "thirty"]
numbers = [int(line) for line in lines]
