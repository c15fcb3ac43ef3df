/* upper.c: libupper.so, a plugin for main.c: it exports the two names main looks up. */
const char *plugin_name = "upper";

void plugin_apply(char *text) {
  for (; *text; text++)
    if (*text >= 'a' && *text <= 'z') *text = *text - 'a' + 'A';
}
