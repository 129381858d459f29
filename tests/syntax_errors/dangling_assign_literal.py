value = 3.14 =
