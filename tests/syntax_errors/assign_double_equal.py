x = = y
