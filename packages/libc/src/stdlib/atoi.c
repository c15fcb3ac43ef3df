/* atoi, atol, atoll: strtol in base 10 without the error report (C11 7.22.1.2). */
#include <stdlib.h>

int atoi(const char *s) {
  return (int)strtol(s, NULL, 10);
}

long atol(const char *s) {
  return strtol(s, NULL, 10);
}

long long atoll(const char *s) {
  return strtol(s, NULL, 10);
}
