/* assert.h: diagnostics (C11 7.2). Deliberately without an include guard: each inclusion
   re-reads NDEBUG. The failure message matches glibc's:
   "prog: file:line: func: Assertion `expr' failed." then abort(). */
#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func);
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif
#ifndef __cplusplus
#define static_assert _Static_assert
#endif
