/* clock_gettime, time, clock: the current time (clock_gettime(2)). time() is the
   CLOCK_REALTIME seconds; clock() the process's CPU time in microseconds (CLOCKS_PER_SEC). */
#include <time.h>
#include "../internal/syscall.h"

int clock_gettime(clockid_t clock, struct timespec *ts) {
  return __syscall_ret(__syscall2(SYS_clock_gettime, clock, ts));
}

time_t time(time_t *t) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  if (t)
    *t = ts.tv_sec;
  return ts.tv_sec;
}

clock_t clock(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) < 0)
    return -1;
  return ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
