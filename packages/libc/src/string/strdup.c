/* strdup (POSIX): a copy of s in memory from malloc. */
#include <string.h>
#include <stdlib.h>

char *strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *copy = malloc(n);
  return copy ? memcpy(copy, s, n) : NULL;
}
