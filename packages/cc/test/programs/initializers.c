// Initializers (C11 6.7.9): nested braces, brace elision, designators (`.f =`, `[i] =`, GNU
// ranges), char arrays from strings, static address constants (`&x[3]`, `"str" + 1`,
// `&s.f`, function pointers), compound literals, and the constants and literals of 6.4.4–6.4.5.
struct pair { int a, b; };
struct rec { char tag; struct pair p; int arr[3]; const char *name; };
int square(int x) { return x * x; }
int data[10] = { [2] = 20, [5] = 50, 60, [8 ... 9] = 9 };
int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
int flat[2][3] = { 1, 2, 3, 4 };
struct rec r1 = { 'x', { 1, 2 }, { 7, 8, 9 }, "one" };
struct rec r2 = { .name = "two", .arr[1] = 5, .p.b = 3 };
struct pair pairs[] = { [1] = { .b = 4 }, { 5, 6 } };
int *third = &data[3];
int *pa = &r1.p.a;
const char *tail = "hello" + 1;
int (*fp)(int) = square;
int (*fps[])(int) = { square, 0 };
char word[8] = "abc";
char exact[3] = "xyz";
struct pair *lit = &(struct pair){ 11, 12 };
long big = 0x7fffffffffffffffL;
unsigned long ubig = 18446744073709551615UL;
long long ll = -9223372036854775807LL - 1;
union u { int i; char c[4]; } uu = { 0x01020304 };
union u uc = { .c = { 9, 8 } };
char esc[] = "\a\b\f\n\r\t\v\\\'\"\?\101\x42\0end";
char cat[] = "con" "cat" "enated";
struct flags { unsigned a : 3, b : 5; int c : 4; union { short lo; char first; }; };
struct flags sf = { 5, 17, -2, { 300 } };
struct flags sf2 = { .c = 3, .lo = 7, .a = 1 };
struct pair *rp[] = { &pairs[1], &pairs[2], 0 };
long as_long = (long)&data[1];
int *past = &data[2] + 3;

int main(void) {
  ASSERT(0, data[0]); ASSERT(20, data[2]); ASSERT(50, data[5]); ASSERT(60, data[6]); ASSERT(9, data[8]); ASSERT(9, data[9]);
  ASSERT(6, grid[1][2]); ASSERT(4, flat[1][0]); ASSERT(0, flat[1][2]);
  ASSERT(120, r1.tag); ASSERT(2, r1.p.b); ASSERT(9, r1.arr[2]); ASSERT(110, r1.name[1]);
  ASSERT(0, r2.tag); ASSERT(3, r2.p.b); ASSERT(5, r2.arr[1]); ASSERT(119, r2.name[1]);
  ASSERT(3, sizeof pairs / sizeof pairs[0]); ASSERT(4, pairs[1].b); ASSERT(6, pairs[2].b); ASSERT(0, pairs[0].a);
  ASSERT(0, *third); third[-1] = 33; ASSERT(33, data[2]); ASSERT(1, *pa);
  ASSERT(101, *tail); ASSERT(49, fp(7)); ASSERT(16, fps[0](4)); ASSERT(0, fps[1] != 0);
  ASSERT(0, word[5]); ASSERT(99, word[2]); ASSERT(3, sizeof exact); ASSERT(122, exact[2]);
  ASSERT(23, lit->a + lit->b);
  ASSERT(1, big == 0x7fffffffffffffff); ASSERT(1, ubig == -1UL); ASSERT(1, ll < 0);
  ASSERT(4, uu.c[0]); ASSERT(9, uc.c[0]); ASSERT(0, uc.c[2]);
  ASSERT(18, sizeof esc); ASSERT(7, esc[0]); ASSERT(11, esc[6]); ASSERT(65, esc[11]); ASSERT(66, esc[12]); ASSERT(0, esc[13]);
  ASSERT(5, sf.a); ASSERT(17, sf.b); ASSERT(-2, sf.c); ASSERT(300, sf.lo); ASSERT(1, sf2.a); ASSERT(3, sf2.c); ASSERT(7, sf2.lo); ASSERT(0, sf2.b);
  ASSERT(6, rp[1]->b); ASSERT(0, rp[2] != 0); ASSERT(1, as_long == (long)(data + 1)); ASSERT(50, *past);
  ASSERT(13, sizeof cat); ASSERT(116, cat[5]);
  ASSERT(255, 0377); ASSERT(10, 0xa); ASSERT(5, 0b101); ASSERT(1, 4294967295u == 0xffffffffU);
  ASSERT(8, sizeof 1l); ASSERT(8, sizeof 1LL); ASSERT(8, sizeof 1ull); ASSERT(4, sizeof 1u); ASSERT(8, sizeof 4294967296); ASSERT(8, sizeof 0x80000000 * 0 + sizeof(long));
  {
    int local[5] = { 1, [3] = 4 }; ASSERT(0, local[2]); ASSERT(4, local[3]); ASSERT(0, local[4]);
    struct rec r = { 'q', .arr = { 1, 2 }, .name = "n" }; ASSERT(113, r.tag); ASSERT(0, r.arr[2]); ASSERT(2, r.arr[1]); ASSERT(0, r.p.a);
    struct pair q = { .b = 2, .a = 1 }; ASSERT(1, q.a);
    char s[] = "stack"; ASSERT(6, sizeof s); s[0] = 'S'; ASSERT(83, s[0]);
    int m[2][2] = { 1, 2, 3 }; ASSERT(3, m[1][0]); ASSERT(0, m[1][1]);
    struct pair *p = &(struct pair){ .b = 7 }; ASSERT(7, p->b); ASSERT(0, p->a);
    int n = ((int[]){ 3, 4, 5 })[2]; ASSERT(5, n);
    struct pair cp = (struct pair){ 8, 9 }; ASSERT(17, cp.a + cp.b);
    int z = { 5 }; ASSERT(5, z);
    struct pair arr2[2] = { 1, 2, 3 }; ASSERT(3, arr2[1].a); ASSERT(0, arr2[1].b);
    struct flags lf = { .first = 'z', .b = 9 }; ASSERT(122, lf.first); ASSERT(9, lf.b); ASSERT(0, lf.a);
    int k = 4; struct pair dyn = { k * 2, k + 1 }; ASSERT(13, dyn.a + dyn.b);
  }
  return 0;
}
