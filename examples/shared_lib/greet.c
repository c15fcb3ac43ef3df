/* greet.c: the shared library libgreet.so. It prints through puts, which lives in the C
   library, and counts its calls in a variable of its own. See docs/dynamic-linking.md. */
int puts(const char *s);

static int calls;

int greet(const char *line) {
  puts(line);
  return ++calls;
}
