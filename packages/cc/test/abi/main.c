// The caller half of the ABI interoperability test (see abi/lib.c).
int printf(const char *fmt, ...);
struct small { int a, b; };
struct three { char c[3]; };
struct mixed { double d; int i; };
struct hfa { float x, y, z; };
struct dd { double a, b; };
struct big { long a, b, c, d; };
struct small make_small(int a, int b);
int sum_small(struct small s);
struct three make_three(void);
int sum_three(struct three t);
struct mixed make_mixed(double d, int i);
double use_mixed(struct mixed m);
struct hfa scale(struct hfa h, float k);
struct dd swap(struct dd v);
struct big make_big(long base);
long sum_big(struct big b);
long crowd(int a, int b, int c, int d, int e, struct small s, struct big g, struct dd x, double y);
double fsum(float a, double b, int c, float d, double e, double f, double g, double h, double i, double j, double k);
int narrow(signed char c, unsigned char u, short s, _Bool b);
signed char down(int n);
long vsum(int n, ...);
long vforward(int n, ...);

int main(void) {
  struct hfa h = { 1, 2, 3 };
  struct hfa r = scale(h, 2);
  struct dd v = { 1.5, 2.5 }, w = swap(v), x = { 0, 9 };
  struct big b = make_big(10);
  printf("%d %d %d %d\n", sum_small(make_small(3, 4)), make_small(5, 6).b, sum_three(make_three()), make_three().c[2]);
  printf("%g %g %g %g %g %g\n", use_mixed(make_mixed(2.5, 6)), make_mixed(1.25, 2).d, r.x, r.z, w.a, w.b);
  printf("%ld %ld %ld\n", sum_big(b), b.d, crowd(1, 2, 3, 4, 5, make_small(6, 7), make_big(30), x, 4.0));
  printf("%g %d %d\n", fsum(1.5f, 2, 3, 4.5f, 5, 6, 7, 8, 9, 10, 11), narrow(-1, 255, -300, 1), down(255));
  printf("%ld %ld\n", vsum(6, 1L, 2.5, 3L, 4.5, 5L, 6.5), vforward(9, 1, 2, 3, 4, 5, 6, 7, 8, 9));
  return 0;
}
