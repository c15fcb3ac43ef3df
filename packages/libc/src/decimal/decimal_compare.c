/* __decimal_compare: orders two exact decimal expansions (internal/decimal.h). strtod uses
   it to place its input against the midpoints between neighbouring doubles; printf does not,
   so it is a member of its own. Expansions have no trailing zeros, so a missing digit is 0. */
#include "../internal/decimal.h"

int __decimal_compare(const struct decimal *a, const struct decimal *b) {
  int i, n = a->len > b->len ? a->len : b->len;
  if (!a->len || !b->len)
    return a->len - b->len;
  if (a->point != b->point)
    return a->point - b->point;
  for (i = 0; i < n; i++) {
    int x = i < a->len ? a->digits[i] : '0', y = i < b->len ? b->digits[i] : '0';
    if (x != y)
      return x - y;
  }
  return 0;
}
