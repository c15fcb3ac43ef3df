// Declaration corners: _Alignas, extern at block scope, abstract declarators in casts and
// sizeof, hex floats, case ranges, __builtin_types_compatible_p, and a declaration right
// after a label (C23, accepted by gcc in every mode), GNU __auto_type.
struct S { char c; _Alignas(16) int x; };
_Alignas(32) int g32 = 5;
int ext(void) { extern int g32; return g32; }
int arr(int (*p)[3]) { return sizeof(*p); }
enum E { X }; enum F { Y };
typedef int (*binop)(int, int);
__auto_type auto_long = 5L;
__auto_type auto_ptr = &g32;
int plus(int a, int b) { return a + b; }
int (*pick(int which))(int, int) { return which ? plus : 0; }

int main(void) {
  ASSERT(32, sizeof(struct S));
  ASSERT(16, _Alignof(struct S));
  ASSERT(0, (unsigned long)&g32 % 32);
  _Alignas(8) char buf[3];
  ASSERT(0, (unsigned long)buf % 8);
  ASSERT(8, sizeof(int (*)[4]));
  ASSERT(8, sizeof(int *(*)(int, char)));
  ASSERT(16, sizeof(void (*[2])(void)));
  ASSERT(12, sizeof(int[3]));
  ASSERT(24, sizeof(int *[3]));
  ASSERT(12, arr(0));
  ASSERT(7, ((binop)pick(1))(3, 4));
  ASSERT(7, ((int (*)(int, int))plus)(3, 4));
  printf("%a %g %g %g\n", 0x1.8p3, 0x.8p1, 0x10p-2f, 0xAp+0);
  for (int x = 0; x < 12; x += 3) {
    switch (x) { case 1 ... 5: printf("low %d\n", x); break; case 6 ... 9: printf("high %d\n", x); break; default: printf("other %d\n", x); }
  }
  ASSERT(1, __builtin_types_compatible_p(int, int));
  ASSERT(0, __builtin_types_compatible_p(int, long));
  ASSERT(1, __builtin_types_compatible_p(const int, int));
  ASSERT(1, __builtin_types_compatible_p(enum E, unsigned int));
  ASSERT(0, __builtin_types_compatible_p(enum E, enum F));
  ASSERT(1, __builtin_types_compatible_p(int[], int[4]));
  ASSERT(0, __builtin_types_compatible_p(char, signed char));
  ASSERT(0, __builtin_types_compatible_p(const int *, int *));
  ASSERT(1, __builtin_types_compatible_p(binop, int (*)(int, int)));
  { extern int ext(void); ASSERT(5, ext()); }
  ASSERT(8, sizeof auto_long);
  ASSERT(5, *auto_ptr);
  int nums[4] = { 1, 2, 3, 4 };
  __auto_type p = nums;
  __auto_type f = 1.5f;
  const int ci = 3;
  __auto_type copy = ci;
  copy++;
  ASSERT(8, sizeof p);
  ASSERT(3, p[2]);
  ASSERT(4, sizeof f);
  ASSERT(4, copy);
  __auto_type fn = plus;
  ASSERT(9, fn(4, 5));
  int x = 0;
  goto l;
l:
  int y = 3;
  x += y;
  switch (x) {
  case 3:
    int z = 1;
    x += z;
  }
  ASSERT(4, x);
  return 0;
}
