/* strcasecmp (POSIX strings.h): strcmp ignoring ASCII case. */
#include <string.h>
#include <ctype.h>

int strcasecmp(const char *a, const char *b) {
  const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
  while (*p && tolower(*p) == tolower(*q))
    p++, q++;
  return tolower(*p) - tolower(*q);
}
