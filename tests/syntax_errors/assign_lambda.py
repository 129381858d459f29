lambda x: (yield x) = 1
