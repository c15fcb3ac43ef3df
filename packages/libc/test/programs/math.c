/* math.c: math.h functions on a spread of arguments, printed as "name(x) = %a" so the test
   can check each result is within 1 ulp of glibc's. */
#include <stdio.h>
#include <math.h>

static const double xs[] = {0.0, -0.0, 1e-310, 1e-20, 0.001, 0.1, 0.25, 0.4375, 0.5, 0.7, 0.999, 1.0, 1.0000001, 1.5, 2.0, 2.5, 3.0, 3.14159, 5.5, 10.0, 22.5, 100.0, 123.456, 700.0, 1e5, 3e5, -0.3, -1.0, -2.75, -10.0, -100.5, -750.0};

#define ONE(f)                                              \
  for (i = 0; i < n; i++) {                                 \
    printf(#f "(%a) = %a\n", xs[i], f(xs[i]));              \
  }

int main(void) {
  int i, j, n = sizeof xs / sizeof xs[0];
  ONE(sqrt) ONE(fabs) ONE(floor) ONE(ceil) ONE(trunc) ONE(round) ONE(exp) ONE(log) ONE(log2) ONE(log10)
  ONE(sin) ONE(cos) ONE(tan) ONE(asin) ONE(acos) ONE(atan) ONE(sinh) ONE(cosh) ONE(tanh)
  ONE(sqrtf) ONE(floorf) ONE(expf) ONE(logf) ONE(sinf) ONE(cosf) ONE(atanf) ONE(tanhf)
  for (i = 0; i < n; i += 3)
    for (j = 0; j < n; j += 2) {
      printf("pow(%a, %a) = %a\n", xs[i], xs[j], pow(xs[i], xs[j]));
      printf("fmod(%a, %a) = %a\n", xs[i], xs[j], fmod(xs[i], xs[j]));
      printf("atan2(%a, %a) = %a\n", xs[i], xs[j], atan2(xs[i], xs[j]));
      printf("hypot(%a, %a) = %a\n", xs[i], xs[j], hypot(xs[i], xs[j]));
    }
  printf("pow(2, 0.5) = %a\n", pow(2, 0.5));
  printf("pow(10, 308) = %a\n", pow(10, 308));
  printf("pow(-2, 3) = %a\n", pow(-2, 3));
  printf("pow(1.0001, 100000) = %a\n", pow(1.0001, 100000));
  return 0;
}
