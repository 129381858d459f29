from _starmod import *
print(public, also_public)
try:
    not_listed
except NameError as e:
    print(type(e).__name__, e)
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
import _starmod
print(_starmod.not_listed, _starmod._private, _starmod.__all__)
