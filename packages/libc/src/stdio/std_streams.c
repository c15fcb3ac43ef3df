/* stdin, stdout, stderr: the three FILEs every program starts with, on file descriptors 0,
   1 and 2. Their buffers live in .bss (they cost no bytes in the executable file); their
   buffering is chosen on first use (__stdio_setup): stderr unbuffered, the others
   line-buffered on a terminal and fully buffered otherwise. */
#include "../internal/stdio_impl.h"

#define STD_BUFSIZ 4096

static unsigned char in_buf[STD_BUFSIZ + UNGET_ROOM], out_buf[STD_BUFSIZ], err_buf[UNGET_ROOM + 1];

static FILE in_file = { 0, F_READ, _IOFBF, in_buf, sizeof in_buf, 0, 0, 0 };
static FILE out_file = { 1, F_WRITE, _IOFBF, out_buf, sizeof out_buf, 0, 0, 0 };
static FILE err_file = { 2, F_WRITE, _IONBF, err_buf, sizeof err_buf, 0, 0, 0 };

FILE *stdin = &in_file;
FILE *stdout = &out_file;
FILE *stderr = &err_file;
