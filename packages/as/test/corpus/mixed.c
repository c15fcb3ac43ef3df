// A bigger mix of C for the assembler corpus: structs, unions, bit-fields, floats, switch
// tables, string and ctype functions, and loops gcc vectorizes with SSE2.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <ctype.h>
struct point { double x, y; };
struct rec { char name[16]; int age; float score; struct rec *next; unsigned flags : 3; unsigned kind : 5; };
union u { int i; float f; unsigned char b[4]; };
typedef enum { RED, GREEN, BLUE, ALPHA } color;
static const char *color_name(color c) { switch (c) { case RED: return "red"; case GREEN: return "green"; case BLUE: return "blue"; default: return "?"; } }
static double root(double v) { double r = v > 1 ? v / 2 : 1; for (int i = 0; i < 30; i++) r = (r + v / r) / 2; return r; }
static double dist(struct point a, struct point b) { double dx = a.x - b.x, dy = a.y - b.y; return root(dx * dx + dy * dy); }
static int cmp_rec(const void *a, const void *b) { const struct rec *x = a, *y = b; return x->age != y->age ? x->age - y->age : strcmp(x->name, y->name); }
uint64_t hash(const char *s) { uint64_t h = 1469598103934665603ULL; while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ULL; } return h; }
int popcount(uint32_t v) { int c = 0; while (v) { v &= v - 1; c++; } return c; }
uint32_t rotl(uint32_t v, int n) { return (v << n) | (v >> (32 - n)); }
int64_t muldiv(int64_t a, int64_t b, int64_t c) { return c ? a * b / c : 0; }
unsigned udiv(unsigned a, unsigned b) { return b ? a / b + a % b : 0; }
short sshort(short a, short b) { return (short)(a * b - (a >> 1)); }
signed char sch(signed char a) { return (signed char)(a * 3); }
float favg(const float *v, int n) { float s = 0; for (int i = 0; i < n; i++) s += v[i]; return n ? s / n : 0.0f; }
double dpoly(double x) { return ((3.5 * x - 2.25) * x + 1.0) * x - 0.125; }

long double ld(long double a) { return a * 2 + 0.5L; }
int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
double fclamp(double v) { return v < -1.0 ? -1.0 : v > 1.0 ? 1.0 : v; }
int fcmpi(double a, double b) { return (a < b) - (a > b) + (a == b) * 2; }
unsigned long long ull(unsigned long long a, unsigned s) { return (a >> (s & 63)) | (a << 3); }
int isprime(int n) { if (n < 2) return 0; for (int i = 2; i * i <= n; i++) if (n % i == 0) return 0; return 1; }
void reverse(char *s) { size_t n = strlen(s); for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }
int count_words(const char *s) { int n = 0, in = 0; for (; *s; s++) { if (isspace((unsigned char)*s)) in = 0; else if (!in) { in = 1; n++; } } return n; }
void upper(char *s) { for (; *s; s++) *s = (char)toupper((unsigned char)*s); }
int digits(long v) { int n = 1; if (v < 0) v = -v; while (v >= 10) { v /= 10; n++; } return n; }
double mean(const int *a, size_t n) { long s = 0; for (size_t i = 0; i < n; i++) s += a[i]; return n ? (double)s / n : 0; }
void matmul(double c[4][4], double a[4][4], double b[4][4]) { for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) { double s = 0; for (int k = 0; k < 4; k++) s += a[i][k] * b[k][j]; c[i][j] = s; } }
void scale(float *v, int n, float k) { for (int i = 0; i < n; i++) v[i] *= k; }
void iadd(int *a, const int *b) { for (int i = 0; i < 16; i++) a[i] += b[i]; }
void bmax(unsigned char *a, const unsigned char *b) { for (int i = 0; i < 32; i++) a[i] = a[i] > b[i] ? a[i] : b[i]; }
void s2i(int *a, const short *b) { for (int i = 0; i < 16; i++) a[i] = b[i]; }
void i2d(double *a, const int *b) { for (int i = 0; i < 8; i++) a[i] = b[i]; }
long lsum(const long *a) { long s = 0; for (int i = 0; i < 16; i++) s += a[i]; return s; }
int imin(const int *a) { int m = a[0]; for (int i = 1; i < 16; i++) m = a[i] < m ? a[i] : m; return m; }
void shuf(int *a) { for (int i = 0; i < 16; i += 2) { int t = a[i]; a[i] = a[i + 1]; a[i + 1] = t; } }
void zero(struct rec *r) { memset(r, 0, sizeof *r); }
void copyr(struct rec *d, const struct rec *s) { *d = *s; }
struct point mid(struct point a, struct point b) { struct point m = { (a.x + b.x) / 2, (a.y + b.y) / 2 }; return m; }
int bitf(struct rec *r) { r->flags = (r->flags + 1) & 7; r->kind ^= 9; return r->flags * 32 + r->kind; }
float ufloat(union u x) { x.b[0] ^= 1; return x.f; }
unsigned char sat(int v) { return v < 0 ? 0 : v > 255 ? 255 : (unsigned char)v; }
int sw(int op, int a, int b) { switch (op) { case 0: return a + b; case 1: return a - b; case 2: return a * b; case 3: return b ? a / b : 0; case 4: return a & b; case 5: return a | b; case 6: return a ^ b; case 7: return a << (b & 31); case 8: return a >> (b & 31); default: return -1; } }
int sparse(int k) { switch (k) { case 1: return 10; case 100: return 20; case 1000: return 30; case 10000: return 40; case -5: return 50; } return 0; }
static struct rec pool[8];
int main(int argc, char **argv) {
  (void)argv;
  struct point p = {1.5, 2.0}, q = {4.0, 6.0};
  printf("%.3f %s %s\n", dist(p, q), color_name(BLUE), color_name((color)argc));
  for (int i = 0; i < 8; i++) { snprintf(pool[i].name, sizeof pool[i].name, "n%d", 7 - i); pool[i].age = (i * 37) % 11; pool[i].score = i * 1.25f; pool[i].next = i ? &pool[i - 1] : 0; }
  qsort(pool, 8, sizeof pool[0], cmp_rec);
  for (int i = 0; i < 8; i++) printf("%s:%d:%.2f ", pool[i].name, pool[i].age, pool[i].score);
  printf("\n%llx %d %x %lld %u %d %d\n", (unsigned long long)hash("hello"), popcount(0xf0f0), rotl(0x12345678, 8), (long long)muldiv(1000000007, 3, 7), udiv(100, 7), sshort(300, 300), sch(100));
  float fv[5] = {1, 2, 3, 4, 5.5f};
  printf("%.3f %.4f %.1Lf %d %.2f %d %llx %d\n", favg(fv, 5), dpoly(1.5), ld(2.5L), clampi(argc * 50, 0, 10), fclamp(3.0), fcmpi(1.0, 2.0), ull(0x8000000000000001ULL, 4), isprime(97));
  char buf[64]; strcpy(buf, "hello glass world"); reverse(buf); printf("%s %d ", buf, count_words(buf)); upper(buf); printf("%s %d\n", buf, digits(-123456789));
  int arr[16]; for (int i = 0; i < 16; i++) arr[i] = i * i - 20; printf("%.3f ", mean(arr, 16));
  double a[4][4], b[4][4], c[4][4]; for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) { a[i][j] = i + j; b[i][j] = i - j; } matmul(c, a, b); printf("%.1f %.1f\n", c[1][2], c[3][3]);
  int ib[16]; for (int i = 0; i < 16; i++) ib[i] = 3 * i; iadd(arr, ib); shuf(arr); printf("%d %d %d\n", arr[0], arr[5], imin(arr));
  unsigned char u1[32], u2[32]; for (int i = 0; i < 32; i++) { u1[i] = (unsigned char)(i * 13); u2[i] = (unsigned char)(i * 7); } bmax(u1, u2); printf("%d %d ", u1[3], u1[31]);
  short sh[16]; for (int i = 0; i < 16; i++) sh[i] = (short)(i * -300); s2i(arr, sh); double dd[8]; i2d(dd, arr); printf("%d %.1f ", arr[15], dd[7]);
  long la[16]; for (int i = 0; i < 16; i++) la[i] = i * 100000L; printf("%ld\n", lsum(la));
  struct rec r; zero(&r); copyr(&r, &pool[3]); printf("%s %d ", r.name, bitf(&r)); struct point m = mid(p, q); printf("%.2f %.2f ", m.x, m.y);
  union u x; x.f = 1.0f; printf("%.6f %d %d %d %d\n", ufloat(x), sat(300), sat(-4), sw(argc + 6, 12, 3), sparse(1000));
  float sv[7] = {1, 2, 3, 4, 5, 6, 7}; scale(sv, 7, 0.5f); printf("%.2f\n", sv[6]);
  return 0;
}
