import _errpkg.mod
_errpkg.mod.fail("bad input")
