/* raise and kill: send a signal to this process, or to any (kill(2)). */
#include <signal.h>
#include <unistd.h>
#include "../internal/syscall.h"

int kill(pid_t pid, int sig) {
  return __syscall_ret(__syscall2(SYS_kill, pid, sig));
}

int raise(int sig) {
  return kill(getpid(), sig);
}
