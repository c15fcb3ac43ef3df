/* string.h: Glass libc's string functions (first cut). */
#ifndef _STRING_H
#define _STRING_H

unsigned long strlen(const char *s);

#endif
