from _nsportion.mod import VALUE

LEAF = VALUE.upper()
