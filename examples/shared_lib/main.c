/* main.c: calls greet() from libgreet.so twice and exits with the count greet returns. */
int greet(const char *line);

int main(void) {
  greet("hello from main, printed by libgreet.so");
  return greet("and again");
}
