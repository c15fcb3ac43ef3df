/* stdlib.h: Glass libc's general utilities (first cut: process exit). */
#ifndef _STDLIB_H
#define _STDLIB_H

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

void exit(int status);

#endif
