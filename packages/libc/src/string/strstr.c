/* strstr: the first occurrence of needle in haystack (an empty needle matches at once).
   The plain quadratic scan: simple, and fast enough for the strings C programs search. */
#include <string.h>

char *strstr(const char *haystack, const char *needle) {
  size_t n = strlen(needle);
  if (!n)
    return (char *)haystack;
  for (; *haystack; haystack++)
    if (*haystack == *needle && !strncmp(haystack, needle, n))
      return (char *)haystack;
  return NULL;
}
