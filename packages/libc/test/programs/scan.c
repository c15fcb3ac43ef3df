/* scan.c: strtod edge cases (rounding of long inputs, ties, overflow and underflow with
   ERANGE, hex floats, inf/nan) and sscanf conversions, compared with glibc. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
int main(void) {
  const char *in[] = {"0", "1", "0.1", "1e23", "8.98846567431158e307", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9e-324", "1e-400", "2.2250738585072011e-308", "2.2250738585072012e-308",
   "123456789012345678901234567890", "0.000000000000000000000000000001", "3.14159265358979323846264338327950288", "-0.0", "  +.5e1x", "inf", "-Infinity", "nan", "NaN(123)", "0x1.8p3", "0x.1p-2", "0X1P-1074", "0x1p-1075", "0x1.0000000000000ffffp0", "0x1.00000000000008p0", "0x1.00000000000018p0", "1e", "e5", ".", "-.e2", "9007199254740993", "9007199254740993.0000000001", "0.30000000000000004", "5e-324", "1.5e-323", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001e-100"};
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) { char *end; errno = 0; double d = strtod(in[i], &end); printf("%s -> %.17g %a e=%d r=%ld\n", in[i], d, d, errno, (long)(end - in[i])); }
  int a, b; unsigned u; char s[20], t[20], ch[3]; double x; float y; long l; int n;
  int r = sscanf("  42 -17 0x1F hello  world! 3.25 -1e3 999999", "%d%i%x %s %[a-z]%c %lf %f %ld%n", &a, &b, &u, s, t, ch, &x, &y, &l, &n);
  printf("%d: %d %d %u %s %s %c %g %g %ld %d\n", r, a, b, u, s, t, ch[0], x, y, l, n);
  r = sscanf("abc", "%d", &a); printf("%d\n", r);
  r = sscanf("", "%d", &a); printf("%d\n", r);
  r = sscanf("12:34", "%d:%d", &a, &b); printf("%d %d %d\n", r, a, b);
  r = sscanf("12 - 34", "%d:%d", &a, &b); printf("%d %d\n", r, a);
  r = sscanf("x=5, y=abc", "x=%d, y=%2s%n", &a, s, &n); printf("%d %d %s %d\n", r, a, s, n);
  r = sscanf("]]abc^", "%[]]%[^^]", s, t); printf("%d %s %s\n", r, s, t);
  r = sscanf("  100%", "%d%%", &a); printf("%d %d\n", r, a);
  r = sscanf("007 0777 -0x10", "%i %o %i", &a, &u, &b); printf("%d %d %u %d\n", r, a, u, b);
  r = sscanf("12345", "%3d%d", &a, &b); printf("%d %d %d\n", r, a, b);
  r = sscanf("abcdef", "%*3c%s", s); printf("%d %s\n", r, s);
  return 0;
}
