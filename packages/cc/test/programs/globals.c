// Objects with static storage (C11 6.2.4, 6.7.9): initialized and zeroed globals, arrays,
// pointers to strings and to other globals, static locals, typedefs.
typedef int myint;
typedef char *string;
int zero;
int answer = 42;
long big = 1234567890123;
char letter = 'g';
int primes[5] = {2, 3, 5, 7, 11};
int partial[4] = {1, 2};
char greeting[] = "hi!";
char *message = "static string";
string other = "typedef'd";
int *panswer = &answer;
int *third_prime = primes + 2;
static int hidden = 7;
const int limit = 100;
int counter(void) { static int n = 0; n++; return n; }
int counter2(void) { static int n; return ++n * 10; }
int main(void) {
  ASSERT(0, zero);
  ASSERT(42, answer);
  ASSERT(1234567890123, big);
  ASSERT(103, letter);
  ASSERT(28, primes[0] + primes[1] + primes[2] + primes[3] + primes[4]);
  ASSERT(0, partial[3]);
  ASSERT(2, partial[1]);
  ASSERT(4, sizeof greeting);
  ASSERT(33, greeting[2]);
  ASSERT(115, message[0]);
  ASSERT(116, other[0]);
  ASSERT(42, *panswer);
  ASSERT(5, *third_prime);
  ASSERT(7, hidden);
  ASSERT(100, limit);
  zero = 3; ASSERT(3, zero);
  *panswer = 43; ASSERT(43, answer);
  ASSERT(1, counter()); ASSERT(2, counter()); ASSERT(3, counter());
  ASSERT(10, counter2()); ASSERT(20, counter2());
  { myint m = 5; ASSERT(5, m); ASSERT(4, sizeof(myint)); string s = "x"; ASSERT(120, *s); }
  { typedef long T; T t = 3; ASSERT(8, sizeof t); { int T = 4; ASSERT(4, T); } }
  return 0;
}
