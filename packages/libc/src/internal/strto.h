/* strto.h (internal): the digit scanner shared by strtol, strtoul and their long long twins. */
#ifndef _GLASS_STRTO_H
#define _GLASS_STRTO_H

/* Reads [space][sign][0x|0]digits in `base` (0 = from the prefix) from s. Returns the
   magnitude; *negative says whether a '-' came first, *overflow whether the magnitude did not
   fit in unsigned long (the result is then ULONG_MAX). *end (if end is not NULL) is set after
   the last digit, or to s when there was none. */
unsigned long __strto_magnitude(const char *s, char **end, int base, int *negative, int *overflow);

#endif
