// Bit tricks, atomics and long double: bsf/bsr/tzcnt, bswap, lock xadd/cmpxchg, x87.
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
int ctz(unsigned x) { return __builtin_ctz(x); }
int clz(unsigned long x) { return __builtin_clzl(x); }
uint32_t bs(uint32_t x) { return __builtin_bswap32(x); }
uint64_t bs64(uint64_t x) { return __builtin_bswap64(x); }
atomic_int counter;
int inc(void) { return atomic_fetch_add(&counter, 1) + atomic_load(&counter); }
int cas(atomic_int *p, int e, int d) { return atomic_compare_exchange_strong(p, &e, d); }
long swap(atomic_long *p) { return atomic_exchange(p, 5); }
__int128 mul128(long a, long b) { return (__int128)a * b; }
long shld(unsigned long a, unsigned long b, int n) { n &= 63; return n ? (long)((a << n) | (b >> (64 - n))) : (long)a; }
long double ldadd(long double a, long double b) { return a + b * 3; }
double ld2d(long double a) { return (double)a; }
long double i2ld(int x) { return x; }
int ldcmp(long double a, long double b) { return a < b; }
int main(void) {
  atomic_long l = 1;
  printf("%d %d %x %llx %d %d %ld\n", ctz(0x80), clz(1), bs(0x11223344), (unsigned long long)bs64(0x0102030405060708ULL), inc(), cas(&counter, 1, 7), swap(&l));
  __int128 m = mul128(0x7fffffffffffffffL, 3);
  printf("%llx %lx %.3f %.1Lf %d %d\n", (unsigned long long)(m >> 64), shld(0x8000000000000001UL, 0xf000000000000000UL, 4), ld2d(ldadd(1.5L, 2.25L)), i2ld(7), ldcmp(1.0L, 2.0L), (int)l);
  return ctz(0x100);
}
