# 'except' and 'except*' on one try: the error points at the first clause of the other kind
sources = [
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* OSError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept OSError:\n    pass\n",
    "try:\n  pass\nexcept* A:\n  pass\nexcept* B:\n  pass\nexcept C:\n  pass\n",
    "if x:\n    try:\n        f()\n    except E:\n        pass\n    except *F:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text.strip()))
