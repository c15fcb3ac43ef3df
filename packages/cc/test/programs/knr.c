// K&R-style definitions (parameter declarations between the declarator and the body) and
// calls without a prototype: the arguments get the default argument promotions.
int sum3();
double scale();
int first_char();
double later();
short narrow();

int add(a, b) int a, b; { return a + b; }
int sub(a, b) int b; int a; { return a - b; }
long mixed(c, s, u, l) signed char c; short s; unsigned char u; long l; { return c + s + u + l; }
double half(f) float f; { return f / 2; }
int sizes(c, f, p) char c; float f; char *p; { return sizeof c * 100 + sizeof f * 10 + sizeof p; }
int first_char(s) char s[]; { return s[0]; }
int apply(fn, x) int (*fn)(); int x; { return fn(x, x); }
static int twice(n) register int n; { return n * 2; }
int sum3(a, b, c) int a, b, c; { return a + b + c; }
double scale(x, k) double x; int k; { return x * k; }

int main(void) {
  ASSERT(7, add(3, 4));
  ASSERT(-1, sub(3, 4));
  ASSERT(10, mixed(1, 2, 3, 4L));
  ASSERT(-126, mixed(-128, 1, 1, 0L));
  ASSERT(3, (int)half(6.0f));
  ASSERT(2, (int)half(4.0));
  ASSERT(148, sizes('x', 1.0f, "p"));
  ASSERT(104, first_char("hello"));
  ASSERT(8, apply(add, 4));
  ASSERT(10, twice(5));
  ASSERT(6, sum3(1, 2, 3));
  ASSERT(5, (int)scale(2.5, 2));
  char c = 9;
  short s = 300;
  float f = 1.5f;
  ASSERT(309, sum3(c, s, 0));
  ASSERT(3, (int)scale(f, 2));
  int (*fp)() = add;
  ASSERT(11, fp(5, 6));
  char two = 2;
  ASSERT(7, (int)later(f + 2.0f, two));
  ASSERT(-3, narrow((short)-3));
  return 0;
}

// Defined after the calls, with a prototype whose types are the promoted ones.
double later(double x, int k) { return x * k; }
short narrow(int v) { return v; }
