print("init", __name__)
VERSION = "1.0"
from .util import helper
