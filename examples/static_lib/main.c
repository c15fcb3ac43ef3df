/* main.c: uses two functions of the small text library libtext.a (built from upcase.c,
   shout.c and reverse.c with `glass ar`). See docs/static-linking.md. */
int puts(const char *s);
char *shout(char *s);
void reverse(char *s);

int main(void) {
  char greeting[] = "hello, archive";
  char word[] = "stressed";
  puts(shout(greeting));
  reverse(word);
  puts(word);
  return 0;
}
