import sys
import json
print("json" in sys.modules, sys.modules["json"] is json)
mod = sys.modules[__name__]
print(mod.__name__, hasattr(mod, "sys"))
print(isinstance(sys.path[0], str), len(sys.path) > 0)
import os
print(os.path.basename(sys.path[0]) == os.path.basename(os.path.dirname(os.path.abspath(__file__))))
sys.modules["fake_module_xyz"] = type(sys)("fake_module_xyz")
sys.modules["fake_module_xyz"].answer = 42
import fake_module_xyz
print(fake_module_xyz.answer, fake_module_xyz.__name__)
