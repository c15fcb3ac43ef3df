/* unlink: remove a name from the file system (unlinkat(2) relative to the current directory). */
#include <unistd.h>
#include "../internal/syscall.h"

int unlink(const char *path) {
  return __syscall_ret(__syscall3(SYS_unlinkat, AT_FDCWD, path, 0));
}
