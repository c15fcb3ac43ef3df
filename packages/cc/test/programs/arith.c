// Arithmetic, comparison, logical and assignment operators (C11 6.5).
int main(void) {
  ASSERT(0, 0);
  ASSERT(42, 42);
  ASSERT(21, 5+20-4);
  ASSERT(41, 12 + 34 - 5);
  ASSERT(47, 5+6*7);
  ASSERT(15, 5*(9-6));
  ASSERT(4, (3+5)/2);
  ASSERT(-3, -7/2);
  ASSERT(-1, -7%2);
  ASSERT(2, 17%5);
  ASSERT(10, - -10);
  ASSERT(10, - - +10);
  ASSERT(0, 0==1);
  ASSERT(1, 42==42);
  ASSERT(1, 0!=1);
  ASSERT(1, 0<1);
  ASSERT(0, 1<1);
  ASSERT(1, 1<=1);
  ASSERT(0, 2<=1);
  ASSERT(1, 1>0);
  ASSERT(1, 1>=1);
  ASSERT(0, !1);
  ASSERT(1, !0);
  ASSERT(-1, ~0);
  ASSERT(2, 6 & 3);
  ASSERT(7, 6 | 3);
  ASSERT(5, 6 ^ 3);
  ASSERT(16, 1 << 4);
  ASSERT(-4, -16 >> 2);
  ASSERT(1, 1 && 2);
  ASSERT(0, 1 && 0);
  ASSERT(1, 0 || 3);
  ASSERT(0, 0 || 0);
  ASSERT(3, 1 ? 3 : 4);
  ASSERT(4, 0 ? 3 : 4);
  ASSERT(3, (1, 2, 3));
  { int a = 3; ASSERT(3, a); }
  { int a = 3, b = 5; ASSERT(8, a + b); }
  { int a; a = 7; a += 3; ASSERT(10, a); a -= 4; ASSERT(6, a); a *= 5; ASSERT(30, a); a /= 4; ASSERT(7, a); a %= 4; ASSERT(3, a); }
  { int a = 1; a <<= 3; ASSERT(8, a); a >>= 1; ASSERT(4, a); a |= 3; ASSERT(7, a); a &= 5; ASSERT(5, a); a ^= 1; ASSERT(4, a); }
  { int i = 2; ASSERT(3, ++i); ASSERT(3, i++); ASSERT(4, i); ASSERT(3, --i); ASSERT(3, i--); ASSERT(2, i); }
  { long x = 2147483647; x = x + 1; ASSERT(2147483648, x); }
  { int y = 2147483647; ASSERT(-2147483648, y + 1); }
  { unsigned u = 0; u = u - 1; ASSERT(4294967295, u); ASSERT(2147483647, u / 2); ASSERT(1, u > 5); }
  { unsigned u = 7; ASSERT(3, u >> 1); int s = -8; ASSERT(-4, s >> 1); }
  { ASSERT(1, -1 < 0); ASSERT(0, -1 < 0u); }
  { long big = 1L << 40; ASSERT(1099511627776, big); ASSERT(1099511627775, big - 1); }
  { long m = 123456789012; ASSERT(123456789012, m); ASSERT(-123456789012, -m); }
  ASSERT(4, sizeof(int));
  ASSERT(8, sizeof(long));
  ASSERT(1, sizeof(char));
  ASSERT(8, sizeof(int *));
  { int x; ASSERT(4, sizeof x); ASSERT(4, sizeof(x + 1)); ASSERT(8, sizeof(x + 1L)); }
  { int a[10]; ASSERT(40, sizeof a); ASSERT(10, sizeof a / sizeof a[0]); }
  return 0;
}
