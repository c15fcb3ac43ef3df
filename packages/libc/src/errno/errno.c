/* errno: the last error code. glibc programs read it as `(*__errno_location())` (errno.h),
   so the storage hides behind that function; Glass libc is single-threaded, so there is one
   integer for the whole process. */
#include <errno.h>

static int errno_value;

int *__errno_location(void) {
  return &errno_value;
}
