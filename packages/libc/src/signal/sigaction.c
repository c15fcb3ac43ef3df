/* sigaction and signal: install a signal handler (rt_sigaction(2)). The kernel's struct
   matches <signal.h>'s on both targets; handlers return through __sigreturn (src/<machine>/
   syscall.s), given as the restorer with SA_RESTORER. signal() has BSD semantics, like
   glibc's: the handler stays installed and interrupted system calls restart. */
#include <signal.h>
#include "../internal/syscall.h"

#define SA_RESTORER 0x04000000

void __sigreturn(void);

int sigaction(int sig, const struct sigaction *act, struct sigaction *old) {
  struct sigaction k;
  if (act) {
    k = *act;
    k.sa_flags |= SA_RESTORER;
    k.sa_restorer = __sigreturn;
  }
  return __syscall_ret(__syscall4(SYS_rt_sigaction, sig, act ? &k : 0, old, sizeof(sigset_t)));
}

sighandler_t signal(int sig, sighandler_t handler) {
  struct sigaction act, old;
  act.sa_handler = handler;
  act.sa_flags = SA_RESTART;
  act.sa_mask = 0;
  act.sa_restorer = 0;
  if (sigaction(sig, &act, &old) < 0)
    return SIG_ERR;
  return old.sa_handler;
}
