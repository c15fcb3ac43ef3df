/* constructor/destructor priorities: lower priorities run first, unprioritized ones last;
   destructors in the reverse order. gcc names the sections .init_array.NNNNN and the linker
   sorts them. */
int puts(const char *s);

__attribute__((constructor)) static void plain(void) { puts("constructor"); }
__attribute__((constructor(101))) static void first(void) { puts("constructor 101"); }
__attribute__((constructor(200))) static void second(void) { puts("constructor 200"); }
__attribute__((constructor(150))) static void middle(void) { puts("constructor 150"); }
__attribute__((destructor(150))) static void d150(void) { puts("destructor 150"); }
__attribute__((destructor)) static void dplain(void) { puts("destructor"); }
__attribute__((destructor(300))) static void d300(void) { puts("destructor 300"); }

int main(void) {
  puts("main");
  return 0;
}
