/* getpid: the process id (getpid(2), which cannot fail). */
#include <unistd.h>
#include "../internal/syscall.h"

pid_t getpid(void) {
  return __syscall0(SYS_getpid);
}
