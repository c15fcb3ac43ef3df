// Variadic functions (C11 7.16 through the GNU builtins, as <stdarg.h> defines them):
// va_start/va_arg/va_end/va_copy over the register save area and the stack, with integers,
// pointers and doubles mixed, more arguments than registers, and a va_list passed on.
typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_arg(v, T) __builtin_va_arg(v, T)
#define va_end(v) __builtin_va_end(v)
#define va_copy(d, s) __builtin_va_copy(d, s)
int sprintf(char *buf, const char *fmt, ...);
int vsprintf(char *buf, const char *fmt, va_list ap);
int strcmp(const char *a, const char *b);

long sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}
double dsum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, double);
  va_end(ap);
  return s;
}
/* 'i' int, 'l' long, 'd' double, 's' string length */
long mixed(const char *kinds, ...) {
  va_list ap, again;
  va_start(ap, kinds);
  va_copy(again, ap);
  long total = 0;
  for (const char *k = kinds; *k; k++) {
    if (*k == 'i') total += va_arg(ap, int);
    else if (*k == 'l') total += va_arg(ap, long);
    else if (*k == 'd') total += (long)(va_arg(ap, double) * 10);
    else { const char *s = va_arg(ap, const char *); while (*s++) total++; }
  }
  long first = va_arg(again, int);
  va_end(again);
  va_end(ap);
  return total * 1000 + first;
}
int format(char *buf, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsprintf(buf, fmt, ap);
  va_end(ap);
  return n;
}

int main(void) {
  ASSERT(0, sum(0));
  ASSERT(6, sum(3, 1, 2, 3));
  ASSERT(55, sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  ASSERT(-3, sum(2, -1, -2));
  ASSERT(110, (long)(dsum(4, 1.5, 2.5, 3.0, 4.0) * 10));
  ASSERT(450, (long)dsum(9, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0));
  ASSERT(74001, mixed("idlsidddddddd", 1, 2.5, 3L, "four", 5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8));
  char buf[64];
  format(buf, "%d-%s-%ld-%.2f", 42, "x", 7L, 2.25);
  ASSERT(0, strcmp(buf, "42-x-7-2.25"));
  sprintf(buf, "%c%c%d", 'o', 'k', 1);
  ASSERT(0, strcmp(buf, "ok1"));
  return 0;
}
