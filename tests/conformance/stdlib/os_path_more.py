import os.path as p
print(p.join("a", "b/", "c"), p.join("", "x"), p.join("/", "y"), p.join("a", "b", "/c", "d"))
print(p.split("a/b/"), p.split("/"), p.split("file"), p.splitext("a/b.c/d"), p.splitext("x.y.z"), p.splitext("a/.hidden.txt"))
print(p.basename(""), p.dirname(""), p.basename("a/b"), p.dirname("/a"), p.dirname("a/b/c/"))
print(p.normpath("a//b/./c/.."), p.normpath("../x/../../y"), p.normpath(""), p.normpath("/.."))
print(p.isabs("/x"), p.isabs("x"), p.commonpath(["/a/b/c", "/a/b/d"]), p.relpath("/a/b", "/a/c/d"))
print(p.sep, p.extsep, p.splitdrive("/a/b"))
