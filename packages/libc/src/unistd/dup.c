/* dup: duplicate a file descriptor onto the lowest free one (dup(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

int dup(int fd) {
  return __syscall_ret(__syscall1(SYS_dup, fd));
}
