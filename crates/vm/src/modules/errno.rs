//! `errno`: the Linux errno constants, `errorcode`, and the strerror texts `os` uses.

use crate::vm::Vm;

macro_rules! errnos {
    ($($name:ident = $n:literal, $msg:literal;)*) => {
        /// (name, number, strerror text), Linux x86-64 values and glibc messages.
        pub const ERRNOS: &[(&str, i64, &str)] = &[$((stringify!($name), $n, $msg)),*];
    };
}

errnos! {
    EPERM = 1, "Operation not permitted";
    ENOENT = 2, "No such file or directory";
    ESRCH = 3, "No such process";
    EINTR = 4, "Interrupted system call";
    EIO = 5, "Input/output error";
    ENXIO = 6, "No such device or address";
    E2BIG = 7, "Argument list too long";
    ENOEXEC = 8, "Exec format error";
    EBADF = 9, "Bad file descriptor";
    ECHILD = 10, "No child processes";
    EAGAIN = 11, "Resource temporarily unavailable";
    ENOMEM = 12, "Cannot allocate memory";
    EACCES = 13, "Permission denied";
    EFAULT = 14, "Bad address";
    EBUSY = 16, "Device or resource busy";
    EEXIST = 17, "File exists";
    EXDEV = 18, "Invalid cross-device link";
    ENODEV = 19, "No such device";
    ENOTDIR = 20, "Not a directory";
    EISDIR = 21, "Is a directory";
    EINVAL = 22, "Invalid argument";
    ENFILE = 23, "Too many open files in system";
    EMFILE = 24, "Too many open files";
    ENOTTY = 25, "Inappropriate ioctl for device";
    EFBIG = 27, "File too large";
    ENOSPC = 28, "No space left on device";
    ESPIPE = 29, "Illegal seek";
    EROFS = 30, "Read-only file system";
    EMLINK = 31, "Too many links";
    EPIPE = 32, "Broken pipe";
    EDOM = 33, "Numerical argument out of domain";
    ERANGE = 34, "Numerical result out of range";
    EDEADLK = 35, "Resource deadlock avoided";
    ENAMETOOLONG = 36, "File name too long";
    ENOSYS = 38, "Function not implemented";
    ENOTEMPTY = 39, "Directory not empty";
    ELOOP = 40, "Too many levels of symbolic links";
    ENOTSUP = 95, "Operation not supported";
    ETIMEDOUT = 110, "Connection timed out";
    ECONNREFUSED = 111, "Connection refused";
}

/// strerror(n) as glibc words it.
pub fn strerror(n: i64) -> String {
    match ERRNOS.iter().find(|e| e.1 == n) {
        Some(e) => e.2.to_string(),
        None => format!("Unknown error {n}"),
    }
}

pub fn install(vm: &mut Vm) {
    if super::existing_module(vm, "errno").is_some() {
        return;
    }
    let (_, d) = super::new_module(vm, "errno");
    let codes = vm.new_dict();
    for &(name, n, _) in ERRNOS {
        vm.def_value(d, name, crate::value::Value::small(n));
        let s = vm.new_str(name);
        let _ = vm.dict_set(codes, crate::value::Value::small(n), s);
    }
    vm.def_value(d, "EWOULDBLOCK", crate::value::Value::small(11));
    vm.def_value(d, "EOPNOTSUPP", crate::value::Value::small(95));
    vm.def_value(d, "errorcode", codes);
}
