/* rot13.c: librot13.so, another plugin for main.c: the same two names, other behaviour. */
const char *plugin_name = "rot13";

static char rotate(char c, char first) {
  return (char)(first + (c - first + 13) % 26);
}

void plugin_apply(char *text) {
  for (; *text; text++) {
    if (*text >= 'a' && *text <= 'z') *text = rotate(*text, 'a');
    else if (*text >= 'A' && *text <= 'Z') *text = rotate(*text, 'A');
  }
}
