/* strrchr: the last (char)c in s, or NULL; c == 0 finds the terminating NUL. */
#include <string.h>

char *strrchr(const char *s, int c) {
  const char *found = NULL;
  for (;; s++) {
    if (*s == (char)c)
      found = s;
    if (!*s)
      return (char *)found;
  }
}
