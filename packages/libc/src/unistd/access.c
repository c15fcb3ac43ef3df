/* access: check the caller's permissions on a file (faccessat(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

int access(const char *path, int mode) {
  return __syscall_ret(__syscall3(SYS_faccessat, AT_FDCWD, path, mode));
}
