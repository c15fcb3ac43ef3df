/* strndup (POSIX): a malloc'd copy of at most n bytes of s, always NUL-terminated. */
#include <string.h>
#include <stdlib.h>

char *strndup(const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *copy = malloc(len + 1);
  if (!copy)
    return NULL;
  memcpy(copy, s, len);
  copy[len] = 0;
  return copy;
}
