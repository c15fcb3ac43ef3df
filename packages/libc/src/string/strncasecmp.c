/* strncasecmp (POSIX strings.h): strncmp ignoring ASCII case. */
#include <string.h>
#include <ctype.h>

int strncasecmp(const char *a, const char *b, size_t n) {
  const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
  if (!n)
    return 0;
  while (--n && *p && tolower(*p) == tolower(*q))
    p++, q++;
  return tolower(*p) - tolower(*q);
}
