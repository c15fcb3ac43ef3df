/* shout.c: one member of libtext.a. It calls upcase(), which lives in another member, so
   pulling shout.o out of the archive makes the linker pull upcase.o too. */
void upcase(char *s);

char *shout(char *s) {
  upcase(s);
  return s;
}
