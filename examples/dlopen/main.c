/* main.c: a program that takes plugins on its command line. For each path it asks the
   dynamic linker, at run time, to load the library (dlopen) and to find two names in it
   (dlsym): the string `plugin_name` and the function `plugin_apply`. It runs the function
   on a line of text and unloads the library (dlclose). Nothing about the plugins is known
   when the program is linked: no NEEDED entry, no PLT slot. Exits with the number of
   plugins it could use. See README.md and docs/dynamic-linking.md. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  int used = 0;
  for (int i = 1; i < argc; i++) {
    void *plugin = dlopen(argv[i], RTLD_NOW);
    if (!plugin) {
      printf("dlopen failed: %s\n", dlerror());
      continue;
    }
    const char **name = dlsym(plugin, "plugin_name");
    void (*apply)(char *) = (void (*)(char *))dlsym(plugin, "plugin_apply");
    if (!name || !apply) {
      printf("not a plugin: %s\n", dlerror());
      dlclose(plugin);
      continue;
    }
    char text[] = "Hello, dynamic world";
    apply(text);
    printf("%-6s %s\n", *name, text);
    dlclose(plugin);
    used++;
  }
  return used;
}
