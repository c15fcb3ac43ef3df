// Structs and unions by value in calls and returns, per ABI: small integer structs in
// general registers, all-float structs (and AArch64 HFAs) in vector registers, mixed
// eightbytes, large structs (x86-64 MEMORY class / AArch64 copies passed by address,
// returned through %rdi / x8), more arguments than registers, and narrow types.
struct small { int a, b; };
struct three { char c[3]; };
struct mixed { double d; int i; };
struct hfa { float x, y, z; };
struct dd { double a, b; };
struct big { long a, b, c, d; };
struct odd { int x; char y; short z; int w; };
union un { int i; float f; };

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
long bump_big(struct big b) { b.a = 100; return b.a; }
struct odd pass_odd(struct odd o) { o.w += o.x; return o; }
long crowd(int a, int b, int c, int d, int e, struct small s, struct big g, struct dd x, double y) {
  return a + b + c + d + e + s.a + s.b + g.d + (long)x.b + (long)y;
}
union un pun(union un u) { return u; }
_Bool is_odd(int n) { return n & 1; }
signed char down(int n) { return n; }
unsigned short sdown(int n) { return n; }
int take_narrow(signed char c, unsigned char u, short s, _Bool b) { return c + u + s + b; }
struct small (*maker)(int, int) = make_small;

int main(void) {
  ASSERT(7, sum_small(make_small(3, 4)));
  ASSERT(4, make_small(3, 4).b);
  { struct small s = make_small(10, 20); ASSERT(30, s.a + s.b); }
  ASSERT(294, sum_three(make_three()));
  ASSERT(15, (int)use_mixed(make_mixed(2.5, 6)));
  { struct hfa h = { 1, 2, 3 }; struct hfa r = scale(h, 2); ASSERT(12, (int)(r.x + r.y + r.z)); ASSERT(1, (int)h.x); }
  { struct dd v = { 1.5, 2.5 }; struct dd w = swap(v); ASSERT(25, (int)(w.a * 10)); ASSERT(15, (int)(w.b * 10)); }
  ASSERT(46, sum_big(make_big(10)));
  { struct big b = make_big(1); ASSERT(100, bump_big(b)); ASSERT(1, b.a); }
  { struct odd o = { 5, 'y', 7, 10 }; struct odd p = pass_odd(o); ASSERT(15, p.w); ASSERT(121, p.y); ASSERT(7, p.z); }
  { struct dd x = { 0, 9 }; ASSERT(1 + 2 + 3 + 4 + 5 + 6 + 7 + 33 + 9 + 4, crowd(1, 2, 3, 4, 5, make_small(6, 7), make_big(30), x, 4.0)); }
  { union un u; u.f = 1.0f; ASSERT(0x3f800000, pun(u).i); }
  ASSERT(1, is_odd(7)); ASSERT(0, is_odd(8)); ASSERT(-1, down(255)); ASSERT(65535, sdown(-1));
  ASSERT(-1 + 255 + -2 + 1, take_narrow(-1, 255, -2, 1));
  ASSERT(9, maker(4, 5).a + maker(4, 5).b);
  return 0;
}
