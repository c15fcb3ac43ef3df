// The chibicc-style ASSERT used by the run tests: each check prints `expr => value` and a
// mismatch exits with status 1, so a failing line is visible in the test's output.
export const prelude = `
int printf(const char *fmt, ...);
void exit(int status);
int assert_eq(long expected, long actual, char *code) {
  if (expected == actual) {
    printf("%s => %ld\\n", code, actual);
    return 0;
  }
  printf("%s => %ld expected but got %ld\\n", code, expected, actual);
  exit(1);
  return 1;
}
#define ASSERT(x, y) assert_eq(x, y, #y)
`;
