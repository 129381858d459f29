def mandel(w, h, max_iter):
    rows = []
    for y in range(h):
        ci = (y / h) * 2.4 - 1.2
        row = []
        for x in range(w):
            cr = (x / w) * 3.2 - 2.2
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                n += 1
            row.append(" .:-=+*#%@"[n * 9 // max_iter])
        rows.append("".join(row))
    return rows
for line in mandel(48, 16, 40):
    print(line)
