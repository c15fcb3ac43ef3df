/* getuid: the real user id (getuid(2), which cannot fail). */
#include <unistd.h>
#include "../internal/syscall.h"

uid_t getuid(void) {
  return __syscall0(SYS_getuid);
}
