/* printf.c: printf conversions, flags, widths and precisions, floating output at many
   precisions (exact digits, ties to even), snprintf truncation, and the strtol/strerror
   edge cases whose output glibc fixes. Compared with gcc + glibc on both targets. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
int main(void) {
  double vals[] = {0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 123.456, 1e-5, 1e-300, 4.9e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.14159265358979, 1e21, 1e22, 123456789012345678.0, 0.000123456, 9.9999995, 99.5, 0.05, 1e100, -2.5e-7, 65536.0, 1.0/3};
  const char *fmts[] = {"%f","%.0f","%.1f","%.3f","%.10f","%.20f","%e","%.0e","%.3e","%.15e","%.17e","%g","%.0g","%.1g","%.3g","%.10g","%.17g","%#g","%#.0f","%#.0e","%a","%.0a","%.3a","%A","%+f","% e","%12.4f","%-12.3e|","%012.3f","%+012.3g","%.40f","%.60e","%.30g", "%.350f"};
  int nv = sizeof vals / sizeof vals[0], nf = sizeof fmts / sizeof fmts[0];
  for (int i = 0; i < nv; i++) for (int j = 0; j < nf; j++) { printf(fmts[j], vals[i]); putchar(' '); printf(fmts[j], -vals[i]); putchar('\n'); }
  printf("[%d][%5d][%-5d|][%05d][%+d][% d][%.3d][%x][%#x][%#o][%o][%X][%#X][%lu][%ld][%lld][%hhd][%hd][%zu][%c][%5c][%s][%.2s][%-6s|][%p][%%]\n",
    42, 42, 42, 42, 42, 42, 7, 255, 255, 8, 0, 0xABCu, 0xabc, ULONG_MAX, LONG_MIN, LLONG_MIN, 300, 70000, (size_t)12, 'x', 'y', "str", "str", "ab", (void *)0x1000);
  printf("[%#.0o][%.0d][%#x][%#5.3x][%-#8o|][%08.3d][%+.0d][% 05d][%-05d]\n", 0, 0, 0, 10, 9, 5, 0, -3, -3);
  int n; printf("abc%nxyz\n", &n); printf("%d\n", n);
  char buf[16]; int r = snprintf(buf, sizeof buf, "%s-%d-%f", "hello world", 12345, 3.5); printf("%d [%s]\n", r, buf);
  r = snprintf(NULL, 0, "%d", 123456); printf("%d\n", r);
  printf("%s\n", strerror(ERANGE)); printf("%s\n", strerror(41)); printf("%s|", strerror(-5)); printf("%s\n", strerror(1000));
  errno = 0; long v = strtol("99999999999999999999", 0, 10); printf("%ld %d\n", v, errno == ERANGE);
  errno = 0; v = strtol("-9223372036854775808", 0, 10); printf("%ld %d\n", v, errno);
  errno = 0; v = strtol("-9223372036854775809", 0, 10); printf("%ld %d\n", v, errno == ERANGE);
  errno = 0; unsigned long u = strtoul("-1", 0, 10); printf("%lu %d\n", u, errno);
  char *end; v = strtol("  0x1fz", &end, 0); printf("%ld %s\n", v, end);
  v = strtol("0x", &end, 16); printf("%ld %s\n", v, end);
  v = strtol("  +", &end, 10); printf("%ld [%s]\n", v, end);
  v = strtol("0777", &end, 0); printf("%ld %s\n", v, end);
  v = strtol("zz", &end, 36); printf("%ld %s\n", v, end);
  for (int i = 0; i < 5; i++) printf("%d ", rand()); srand(42); for (int i = 0; i < 5; i++) printf("%d ", rand()); printf("\n");
  return 3;
}
