/* open and openat: open a file, creating it with `mode` (the optional third argument) when
   flags has O_CREAT (openat(2); AArch64 has no plain open). creat is open with
   O_CREAT|O_WRONLY|O_TRUNC. */
#include <fcntl.h>
#include <stdarg.h>
#include "../internal/syscall.h"

int openat(int dirfd, const char *path, int flags, ...) {
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return __syscall_ret(__syscall4(SYS_openat, dirfd, path, flags, mode));
}

int open(const char *path, int flags, ...) {
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return __syscall_ret(__syscall4(SYS_openat, AT_FDCWD, path, flags, mode));
}

int creat(const char *path, mode_t mode) {
  return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}
