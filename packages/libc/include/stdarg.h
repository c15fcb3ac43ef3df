/* stdarg.h: variable arguments (C11 7.16). The va_list layout belongs to each ABI (x86-64: a
   register save area with gp/fp offsets; AArch64: five fields over the saved x and q
   registers), so the compiler provides the type and the operations as builtins. */
#ifndef _STDARG_H
#define _STDARG_H

typedef __builtin_va_list va_list;
typedef __builtin_va_list __gnuc_va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dst, src) __builtin_va_copy(dst, src)

#endif
