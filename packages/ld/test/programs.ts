// C programs the link tests build: several files sharing globals, .bss arrays, string
// literals, function pointers in data and a switch, so every common relocation appears.

export const mainC = `
int puts(const char *s);
void put_int(int v);
extern int counter;
extern int table[8];
int add(int a, int b);
int sub(int a, int b);
const char *name_of(int k);
static int (*ops[2])(int, int) = { add, sub };
static char scratch[32];
const char *greeting = "linked by glass";

int main(void) {
  puts(greeting);
  for (int i = 0; i < 8; i++) table[i] = i * i;
  counter += add(table[3], 4);
  for (int k = 0; k < 7; k++) puts(name_of(k));
  put_int(ops[1](100, counter));
  put_int(ops[0](table[7], 1));
  for (int i = 0; i < 31; i++) scratch[i] = 'a' + i % 26;
  puts(scratch);
  return counter + table[2];
}
`;

export const utilC = `
int puts(const char *s);
int counter = 10;
int table[8];
int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
const char *name_of(int k) {
  switch (k) {
  case 0: return "zero";
  case 1: return "one";
  case 2: return "two";
  case 3: return "three";
  case 4: return "four";
  case 5: return "five";
  default: return "many";
  }
}
void put_int(int v) {
  char b[16];
  int i = 15, neg = v < 0;
  b[i] = 0;
  if (neg) v = -v;
  do { b[--i] = '0' + v % 10; v /= 10; } while (v);
  if (neg) b[--i] = '-';
  puts(&b[i]);
}
`;

/** Symbol kinds: COMMON (-fcommon), weak definitions and undefined weak references, hidden
 * symbols, and a named section found through __start_/__stop_. */
export const symbolsC = [
  `
void put_int(int v);
int shared_common;                       /* COMMON in both files with -fcommon */
__attribute__((weak)) int overridden(void) { return 1; }
__attribute__((weak)) int missing(void); /* never defined: its address is 0 */
__attribute__((visibility("hidden"))) int hidden_value = 5;
__attribute__((section("glass_set"), used)) static int set_a = 100;
extern int __start_glass_set[], __stop_glass_set[];
int bump(void);
int main(void) {
  shared_common = 7;
  put_int(bump());
  put_int(overridden());
  put_int(missing ? 1 : 0);
  int sum = 0;
  for (int *p = __start_glass_set; p < __stop_glass_set; p++) sum += *p;
  put_int(sum + set_a * 0);
  return hidden_value;
}
`,
  `
int shared_common;
int overridden(void) { return 2; }
__attribute__((section("glass_set"), used)) static int set_b = 20;
int bump(void) { return shared_common + 1 + set_b * 0; }
`,
];
