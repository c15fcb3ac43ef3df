/* va_list_parameter.c: does glass cc pass a va_list to a function correctly? vprintf and
   every v-function of Glass libc rely on it. Prints 6 and 55. */
#include <stdarg.h>
#include <unistd.h>
static void out(long v) { char b[24]; int n = 0; if (v < 0) { write(1, "-", 1); v = -v; } do b[23 - n++] = '0' + v % 10; while (v /= 10); write(1, b + 24 - n, n); write(1, "\n", 1); }
long vsum(int n, va_list ap) { long s = 0; while (n--) s += va_arg(ap, int); return s; }
long sum(int n, ...) { va_list ap; long s; va_start(ap, n); s = vsum(n, ap); va_end(ap); return s; }
int main(void) { out(sum(3, 1, 2, 3)); out(sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)); return 0; }
