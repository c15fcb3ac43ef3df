// Pointers and arrays (C11 6.5.2.1, 6.5.3.2, 6.5.6): address-of, indirection, indexing,
// pointer arithmetic, arrays of arrays, strings.
int strlen_(char *s) { int n = 0; while (*s++) n++; return n; }
void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
int sum(int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int main(void) {
  { int x = 3; int *p = &x; ASSERT(3, *p); *p = 5; ASSERT(5, x); }
  { int x = 3; int *p = &x; int **pp = &p; **pp = 9; ASSERT(9, x); }
  { int a[3]; a[0] = 1; a[1] = 2; a[2] = 3; ASSERT(6, a[0] + a[1] + a[2]); ASSERT(2, *(a + 1)); ASSERT(3, 2[a]); }
  { int a[4] = {1, 2, 3, 4}; ASSERT(10, sum(a, 4)); int *p = a + 3; ASSERT(4, *p); ASSERT(3, p - a); ASSERT(2, *--p - 1); }
  { int a[5] = {7}; ASSERT(7, a[0]); ASSERT(0, a[4]); }
  { int b[] = {5, 6, 7}; ASSERT(12, sizeof b); ASSERT(7, b[2]); }
  { int x = 1, y = 2; swap(&x, &y); ASSERT(2, x); ASSERT(1, y); }
  { int m[2][3]; for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) m[i][j] = i * 10 + j; ASSERT(12, m[1][2]); ASSERT(12, sizeof m[0]); ASSERT(10, *m[1]); }
  { char *s = "hello"; ASSERT(104, s[0]); ASSERT(5, strlen_(s)); ASSERT(111, *(s + 4)); ASSERT(0, s[5]); }
  { char buf[8] = "abc"; ASSERT(3, strlen_(buf)); ASSERT(0, buf[7]); buf[1] = 'X'; ASSERT(88, buf[1]); }
  { ASSERT(6, sizeof("hello")); ASSERT(108, "hello"[3]); }
  { long l[3] = {10, 20, 30}; long *q = &l[1]; ASSERT(20, *q); q++; ASSERT(30, *q); ASSERT(2, q - l); }
  { int a[3] = {1, 2, 3}; int *p = a; *p++ = 10; ASSERT(10, a[0]); ASSERT(2, *p); p[1] += 5; ASSERT(8, a[2]); }
  { int x = 5; int *p = &x; ASSERT(1, p != 0); int *n = 0; ASSERT(1, !n); ASSERT(1, p == &x); }
  { char c[3]; ASSERT(1, &c[1] - &c[0]); int i[3]; ASSERT(1, &i[1] - &i[0]); }
  return 0;
}
