// The callee half of the ABI interoperability test: built once by gcc and once by Glass,
// linked with the other compiler's caller (abi/main.c).
struct small { int a, b; };
struct three { char c[3]; };
struct mixed { double d; int i; };
struct hfa { float x, y, z; };
struct dd { double a, b; };
struct big { long a, b, c, d; };
typedef __builtin_va_list va_list;

struct small make_small(int a, int b) { struct small s = { a, b }; return s; }
int sum_small(struct small s) { return s.a + s.b; }
struct three make_three(void) { struct three t = { { 'a', 'b', 'c' } }; return t; }
int sum_three(struct three t) { return t.c[0] + t.c[1] + t.c[2]; }
struct mixed make_mixed(double d, int i) { struct mixed m = { d, i }; return m; }
double use_mixed(struct mixed m) { return m.d * m.i; }
struct hfa scale(struct hfa h, float k) { h.x *= k; h.y *= k; h.z *= k; return h; }
struct dd swap(struct dd v) { struct dd r = { v.b, v.a }; return r; }
struct big make_big(long base) { struct big b = { base, base + 1, base + 2, base + 3 }; return b; }
long sum_big(struct big b) { return b.a + b.b + b.c + b.d; }
long crowd(int a, int b, int c, int d, int e, struct small s, struct big g, struct dd x, double y) {
  return a + b + c + d + e + s.a + s.b + g.d + (long)x.b + (long)y;
}
double fsum(float a, double b, int c, float d, double e, double f, double g, double h, double i, double j, double k) {
  return a + b + c + d + e + f + g + h + i + j + k;
}
int narrow(signed char c, unsigned char u, short s, _Bool b) { return c + u + s + b; }
signed char down(int n) { return n; }
long vsum(int n, ...) {
  va_list ap;
  __builtin_va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += i % 2 ? (long)__builtin_va_arg(ap, double) : __builtin_va_arg(ap, long);
  __builtin_va_end(ap);
  return s;
}
long vlist(int n, va_list ap) {
  long s = 0;
  for (int i = 0; i < n; i++) s += __builtin_va_arg(ap, int);
  return s;
}
long vforward(int n, ...) {
  va_list ap;
  __builtin_va_start(ap, n);
  long s = vlist(n, ap);
  __builtin_va_end(ap);
  return s;
}
