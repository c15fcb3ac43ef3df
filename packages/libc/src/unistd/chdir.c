/* chdir: change the current directory (chdir(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

int chdir(const char *path) {
  return __syscall_ret(__syscall1(SYS_chdir, path));
}
