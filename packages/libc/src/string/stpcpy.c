/* stpcpy (POSIX): strcpy that returns the end of the copy (the NUL in dst). */
#include <string.h>

char *stpcpy(char *dst, const char *src) {
  while ((*dst = *src++))
    dst++;
  return dst;
}
