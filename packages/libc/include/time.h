/* time.h: time (C11 7.27, POSIX clocks). clock() is process CPU time in microseconds, as
   glibc's CLOCKS_PER_SEC = 1000000 says. */
#ifndef _TIME_H
#define _TIME_H

#include <sys/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

typedef long clock_t;
typedef int clockid_t;

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

#define CLOCKS_PER_SEC 1000000L
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2

time_t time(time_t *t);
clock_t clock(void);
int clock_gettime(clockid_t clock, struct timespec *ts);

#endif
