data = "text"
n = -data[1:3]
