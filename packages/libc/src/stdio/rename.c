/* rename: give a file a new name, replacing any file already there (renameat(2)). */
#include <stdio.h>
#include "../internal/syscall.h"

int rename(const char *from, const char *to) {
  return __syscall_ret(__syscall4(SYS_renameat, AT_FDCWD, from, AT_FDCWD, to));
}
