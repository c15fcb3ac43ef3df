/* pipe: a unidirectional channel, fds[0] for reading and fds[1] for writing (pipe2(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

int pipe(int fds[2]) {
  return __syscall_ret(__syscall2(SYS_pipe2, fds, 0));
}
