/* strchr: the first (char)c in s, or NULL; c == 0 finds the terminating NUL. */
#include <string.h>

char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c)
      return (char *)s;
    if (!*s)
      return NULL;
  }
}
