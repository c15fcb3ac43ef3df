/* getcwd: the current directory's absolute path (getcwd(2) returns its length). */
#include <unistd.h>
#include "../internal/syscall.h"

char *getcwd(char *buf, size_t size) {
  if (__syscall_ret(__syscall2(SYS_getcwd, buf, size)) < 0)
    return NULL;
  return buf;
}
