/* getppid: the parent's process id (getppid(2), which cannot fail). */
#include <unistd.h>
#include "../internal/syscall.h"

pid_t getppid(void) {
  return __syscall0(SYS_getppid);
}
