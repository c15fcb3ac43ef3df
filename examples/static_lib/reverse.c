/* reverse.c: one member of libtext.a: reverses a string in place. */
void reverse(char *s) {
  char *end = s;
  while (*end) end++;
  while (s < --end) {
    char c = *s;
    *s++ = *end;
    *end = c;
  }
}
