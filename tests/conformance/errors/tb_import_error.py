from _raiser import explode
from _raiser import explod
