/* Comments everywhere, for -C (kept) and without it (white space). */
#define A 1 /* in a definition */ + 2 // and a line comment
#define F(x, y) /* before */ x /* between */ + y
#define G/**/(x) x
#define H 1/**/+2
#if A /* in #if */ == 3 // trailing
int a = A; /* after a use */
#elif 0 /* in #elif */
#else // in #else
#endif /* in #endif */
#include "comments.h" /* after #include */
int f = F(1 /* in an argument */, 2);
int g = F(1, // a line comment in an argument
  2);
int h = F /* between name and ( */ (3, 4);
G(5) H
/* a comment
   on two lines */ int w;
int q; /* another
   one */ int r;
#define X 7
#pragma push_macro("X") /* c */
#undef X
#pragma pop_macro("X")
int x = X;
#pragma GCC warning "w" // c
#pragma weak sym /* c */
_Pragma("weak sym2") /* after _Pragma */ int p;
#ifdef A /* c */
  /* indented */ int i;
#endif
int last; // end
