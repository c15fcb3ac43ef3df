/* upcase.c: one member of libtext.a, holding a function the program uses (upcase, through
   shout) and one it never calls (downcase). The linker takes whole members, so downcase
   comes along, unless --gc-sections drops its section. */
void upcase(char *s) {
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z') *s -= 'a' - 'A';
}

void downcase(char *s) {
  for (; *s; s++)
    if (*s >= 'A' && *s <= 'Z') *s += 'a' - 'A';
}
