/* strlen: count the bytes before the terminating NUL. */
#include <string.h>

unsigned long strlen(const char *s) {
  unsigned long n = 0;
  while (s[n])
    n++;
  return n;
}
