// Enum types as gcc chooses them: unsigned int when no value is negative, int otherwise,
// long / unsigned long when a value needs 64 bits, the narrowest type for packed enums;
// constants that fit int are int, the others have the enum's type.
enum A { A0, A1 };
enum B { B0 = -1, B1 };
enum C { C0 = 0x80000000 };
enum D { D0 = 0x100000000 };
enum E { E0 = -1, E1 = 0x80000000 };
enum F { F0 = 0xffffffffL, F1 };
enum __attribute__((packed)) P { P0, P1 = 200 };
enum Q { Q0 = -3, Q1 = 100 } __attribute__((packed));
enum __attribute__((__packed__)) S { S0 = 300 };
enum R { R0 = 0x7ffffffe, R1 };
typedef enum { T0 = -5, T1 = 5 } T;
struct holder { char c; enum P p; enum Q q; enum S s; };
#define TY(x) _Generic((x), int: "int", unsigned int: "unsigned int", long: "long", unsigned long: "unsigned long", \
  unsigned char: "uchar", signed char: "schar", short: "short", unsigned short: "ushort", default: "other")

enum A next(enum A a) { return a + 1; }

int main(void) {
  enum A a = A0; enum B b = B0; enum C c = C0; enum D d = D0; enum E e = E0; enum F f = F0;
  enum P p = P0; enum Q q = Q0; enum S s = S0; enum R r = R0; T t = T0;
  printf("%zu %zu %zu %zu %zu %zu %zu %zu %zu %zu %zu\n", sizeof a, sizeof b, sizeof c, sizeof d, sizeof e, sizeof f,
         sizeof p, sizeof q, sizeof s, sizeof r, sizeof t);
  printf("%s %s %s %s %s %s %s %s %s %s %s\n", TY(a), TY(b), TY(c), TY(d), TY(e), TY(f), TY(p), TY(q), TY(s), TY(r), TY(t));
  printf("%s %s %s %s %s %s %s %s %s %s\n", TY(A0), TY(B0), TY(C0), TY(D0), TY(E0), TY(E1), TY(F0), TY(F1), TY(R0), TY(R1));
  ASSERT(8, sizeof(enum D));
  ASSERT(1, sizeof(enum P));
  ASSERT(2, sizeof(enum S));
  ASSERT(6, sizeof(struct holder));
  ASSERT(1, a < -1);
  ASSERT(0, b < -1);
  ASSERT(1, (enum A)0 - 1 > 0);
  ASSERT(4294967296, F1);
  ASSERT(2147483647, R1);
  ASSERT(-2147483648, E1 - 0x100000000);
  ASSERT(200, P1);
  p = P1;
  ASSERT(200, p);
  q = Q0;
  ASSERT(-3, q);
  d = D0;
  ASSERT(1, d >> 32);
  ASSERT(1, next(A0));
  struct holder h = { 1, P1, Q0, S0 };
  ASSERT(200, h.p);
  ASSERT(-3, h.q);
  ASSERT(300, h.s);
  switch (t) { case T0: printf("T0\n"); break; case T1: printf("T1\n"); break; }
  switch (c) { case C0: printf("C0\n"); break; default: printf("other\n"); }
  return 0;
}
