// Enumerations (C11 6.7.2.2), switch with dense (jump table) and sparse cases, GNU case
// ranges, fall-through and default, break inside loops inside switches, goto and labels.
enum color { RED, GREEN = 5, BLUE, LAST = BLUE + 10 };
typedef enum { NO, YES } answer;
enum { ANON_A = -2, ANON_B };

int dense(int x) {
  switch (x) {
  case 0: return 10;
  case 1: return 11;
  case 2: return 12;
  case 3:
  case 4: return 34;
  case 6: return 16;
  default: return -1;
  }
}
int sparse(long x) {
  switch (x) {
  case -1000: return 1;
  case 7: return 2;
  case 100000: return 3;
  }
  return 0;
}
int ranges(char c) {
  switch (c) {
  case '0' ... '9': return 1;
  case 'a' ... 'z': return 2;
  case ' ': return 3;
  default: return 0;
  }
}
int fall(int x) {
  int n = 0;
  switch (x) {
  case 1: n += 1;
  case 2: n += 2;
  case 3: n += 3; break;
  case 4: n += 4;
  }
  return n;
}
int loops(int limit) {
  int total = 0;
  for (int i = 0; i < limit; i++) {
    switch (i % 3) {
    case 0: continue;
    case 1: for (int j = 0; j < 10; j++) { if (j == 2) break; total += 1; } break;
    default: total += 100;
    }
  }
  return total;
}
int find(int *a, int n, int want) {
  int i = 0;
again:
  if (i >= n) goto missing;
  if (a[i] == want) goto found;
  i++;
  goto again;
found:
  return i;
missing:
  return -1;
}
unsigned usw(unsigned u) { switch (u) { case 0xffffffff: return 1; case 0: return 2; case 1: return 3; case 2: return 4; case 3: return 5; } return 0; }

int main(void) {
  ASSERT(0, RED); ASSERT(5, GREEN); ASSERT(6, BLUE); ASSERT(16, LAST); ASSERT(-1, ANON_B);
  enum color c = BLUE; ASSERT(6, c); ASSERT(4, sizeof(enum color)); answer a = YES; ASSERT(1, a);
  int table[LAST]; ASSERT(64, sizeof table);
  ASSERT(10, dense(0)); ASSERT(12, dense(2)); ASSERT(34, dense(3)); ASSERT(34, dense(4)); ASSERT(-1, dense(5));
  ASSERT(16, dense(6)); ASSERT(-1, dense(7)); ASSERT(-1, dense(-1)); ASSERT(-1, dense(1 << 30));
  ASSERT(1, sparse(-1000)); ASSERT(2, sparse(7)); ASSERT(3, sparse(100000)); ASSERT(0, sparse(8));
  ASSERT(1, ranges('5')); ASSERT(2, ranges('q')); ASSERT(3, ranges(' ')); ASSERT(0, ranges('A'));
  ASSERT(6, fall(1)); ASSERT(5, fall(2)); ASSERT(3, fall(3)); ASSERT(4, fall(4)); ASSERT(0, fall(9));
  ASSERT(306, loops(10));
  { int xs[] = { 4, 8, 15, 16 }; ASSERT(2, find(xs, 4, 15)); ASSERT(-1, find(xs, 4, 42)); }
  ASSERT(1, usw(0xffffffff)); ASSERT(2, usw(0)); ASSERT(5, usw(3)); ASSERT(0, usw(4));
  switch (c) { case RED: ASSERT(0, 1); break; case BLUE: ASSERT(6, c); break; default: ASSERT(0, 1); }
  return 0;
}
