a, True =
