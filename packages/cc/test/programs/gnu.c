// GNU C and C11 extras that glibc-style headers use: __attribute__ (aligned, packed,
// noreturn, unused, weak, visibility, section, constructor), __extension__, __restrict,
// __inline, __asm__ labels, statement expressions, __builtin_offsetof/expect/constant_p,
// _Static_assert, _Alignas, _Alignof, _Generic, typeof.
struct __attribute__((packed)) packed { char c; int i; short s; };
struct aligned { char c; } __attribute__((aligned(16)));
struct member_aligned { char c; _Alignas(8) char d; int e __attribute__((aligned(16))); };
typedef struct { int x; struct { int y[4]; } in; } nested;
int counter __attribute__((aligned(64))) = 1;
int in_section __attribute__((section(".data.glass"))) = 41;
static int unused_fn(void) __attribute__((unused));
static int unused_fn(void) { return 0; }
__attribute__((weak)) int weak_value = 5;
__attribute__((visibility("hidden"))) int hidden_value = 6;
int renamed(int x) __asm__("glass_renamed_impl");
int renamed(int x) { return x * 3; }
extern __inline int twice(int x) { return 2 * x; }
int started;
__attribute__((constructor)) static void init(void) { started = 7; }
void die(void) __attribute__((noreturn));
__extension__ typedef long long wide_t;
_Static_assert(sizeof(struct packed) == 7, "packed");
_Static_assert(_Alignof(struct aligned) == 16, "aligned");
int copy(int *__restrict dst, const int *__restrict src) { *dst = *src; return *dst; }
#define max(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a > _b ? _a : _b; })
#define kind(x) _Generic((x), int: 1, long: 2, double: 3, char *: 4, default: 0)

int main(void) {
  ASSERT(7, sizeof(struct packed)); ASSERT(1, _Alignof(struct packed)); ASSERT(16, sizeof(struct aligned));
  ASSERT(32, sizeof(struct member_aligned)); ASSERT(16, __builtin_offsetof(struct member_aligned, e));
  ASSERT(8, __builtin_offsetof(nested, in.y[1])); ASSERT(1, __builtin_offsetof(struct packed, i));
  { struct packed p; p.i = 0x12345678; p.s = -2; p.c = 'c'; ASSERT(0x12345678, p.i); ASSERT(-2, p.s); }
  ASSERT(0, (long)&counter % 64); ASSERT(1, counter);
  ASSERT(41, in_section); ASSERT(5, weak_value); ASSERT(6, hidden_value);
  ASSERT(12, renamed(4)); ASSERT(8, twice(4)); ASSERT(7, started);
  ASSERT(8, sizeof(wide_t));
  { int a = 3, b; ASSERT(3, copy(&b, &a)); }
  ASSERT(9, max(4, 9)); ASSERT(5, max(5, -5)); ASSERT(3, ({ int t = 1; t + 2; }));
  ASSERT(1, kind(1)); ASSERT(2, kind(1L)); ASSERT(3, kind(1.0)); ASSERT(4, kind("s")); ASSERT(0, kind((short)1));
  ASSERT(1, __builtin_expect(1 + 0, 1)); ASSERT(1, __builtin_constant_p(3 * 4)); { int v = 2; ASSERT(0, __builtin_constant_p(v)); }
  { _Alignas(16) char buf[3]; ASSERT(0, (long)buf % 16); ASSERT(16, _Alignof(struct aligned)); }
  { typeof(counter) t = 4; typeof(int *) p = &t; ASSERT(4, *p); __typeof__(1.5) d = 2.5; ASSERT(8, sizeof d); }
  { long l = __builtin_offsetof(struct packed, s); ASSERT(5, l); }
  if (started == 0) die();
  return 0;
}
void die(void) { for (;;) ; }
