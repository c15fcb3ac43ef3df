/* __libc_start_main: what happens between _start and main. The environment follows argv's
   NULL on the initial stack and the auxiliary vector follows the environment's NULL
   (System V ABI, "Process Initialization"). Constructors are the function pointers the
   linker gathered into .init_array, between the symbols __init_array_start and
   __init_array_end it defines; like glibc, they receive argc, argv and envp. Then main's
   return value goes to exit(), which runs atexit handlers and destructors and flushes stdio. */
#include <stdlib.h>
#include <unistd.h>

char **environ;
char *__progname_full = "";
unsigned long *__auxv;

extern void (*__preinit_array_start[])(int, char **, char **);
extern void (*__preinit_array_end[])(int, char **, char **);
extern void (*__init_array_start[])(int, char **, char **);
extern void (*__init_array_end[])(int, char **, char **);

void __libc_start_main(int (*main)(int, char **, char **), long argc, char **argv) {
  char **envp = argv + argc + 1;
  char **p = envp;
  long i;
  environ = envp;
  if (argc)
    __progname_full = argv[0];
  while (*p)
    p++;
  __auxv = (unsigned long *)(p + 1);
  for (i = 0; __preinit_array_start + i < __preinit_array_end; i++)
    __preinit_array_start[i](argc, argv, envp);
  for (i = 0; __init_array_start + i < __init_array_end; i++)
    __init_array_start[i](argc, argv, envp);
  exit(main(argc, argv, envp));
}
