/* rmdir: remove an empty directory (unlinkat(2) with AT_REMOVEDIR). */
#include <unistd.h>
#include <fcntl.h>
#include "../internal/syscall.h"

int rmdir(const char *path) {
  return __syscall_ret(__syscall3(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR));
}
