/* strtok_r (POSIX): split s into tokens separated by bytes of delim, writing NULs into s;
   *save remembers where the next call continues (s == NULL). */
#include <string.h>

char *strtok_r(char *s, const char *delim, char **save) {
  char *end;
  if (!s)
    s = *save;
  s += strspn(s, delim);
  if (!*s) {
    *save = s;
    return NULL;
  }
  end = s + strcspn(s, delim);
  if (*end)
    *end++ = 0;
  *save = end;
  return s;
}
