# sys attributes harnesses touch: executable, prefixes, hooks, switch interval, tracing off.
import os
import sys

print(type(sys.executable).__name__, os.path.isabs(sys.executable), sys.maxunicode)
print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, sys.base_prefix == sys.prefix or True)
print(sys.float_repr_style, sys.warnoptions, sys._xoptions, sys.platlibdir, type(sys.abiflags).__name__)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError', e)
print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None))
print(sys.is_finalizing(), sys.call_tracing(divmod, (7, 2)), sys.audit('x.event', 1))
print(sys.get_asyncgen_hooks(), sys.get_asyncgen_hooks().firstiter)
print(sys.excepthook is sys.__excepthook__, callable(sys.displayhook), callable(sys.unraisablehook))
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names)
print(sys.getfilesystemencodeerrors(), sys.get_coroutine_origin_tracking_depth())
print(isinstance(sys.path_hooks, list), isinstance(sys.meta_path, list), isinstance(sys.path_importer_cache, dict))
try:
    raise KeyError('shown by excepthook')
except KeyError:
    sys.stderr = sys.stdout
    sys.excepthook(*sys.exc_info())
    sys.stderr = sys.__stderr__
sys.displayhook(None)
sys.displayhook([1, 'a'])
