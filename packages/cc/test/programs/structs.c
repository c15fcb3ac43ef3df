// Structs and unions (C11 6.7.2.1): layout and sizeof per the target ABI, nested and
// anonymous members, bit-fields, flexible array members, `.` and `->`, assignment copies,
// self-referential lists, unions sharing storage, typedefs of all of them.
struct point { int x, y; };
typedef struct point point_t;
struct mixed { char c; long l; short s; };
struct node { int value; struct node *next; };
union word { unsigned int u; unsigned char bytes[4]; short halves[2]; };
struct anon { int tag; union { int i; char c; }; struct { short lo, hi; }; };
struct bits { unsigned a : 3; unsigned b : 5; int c : 4; unsigned d : 20; unsigned : 0; unsigned char e : 2; };
struct flex { int n; int data[]; };
typedef struct { char name[8]; point_t at; } named_t;
struct outer { struct point p[2]; struct { int depth; } inner; };
struct point origin;
struct point unit = { 1, 1 };
struct bits gbits;

int sum_list(struct node *n) { int s = 0; for (; n; n = n->next) s += n->value; return s; }
void move(struct point *p, int dx) { p->x += dx; (*p).y -= dx; }
int area(point_t *a, point_t *b) { return (b->x - a->x) * (b->y - a->y); }

int main(void) {
  ASSERT(8, sizeof(struct point));
  ASSERT(24, sizeof(struct mixed));
  ASSERT(8, _Alignof(struct mixed));
  ASSERT(4, sizeof(union word));
  ASSERT(12, sizeof(struct anon));
  ASSERT(8, sizeof(struct bits));
  ASSERT(4, sizeof(struct flex));
  ASSERT(16, sizeof(named_t));
  ASSERT(20, sizeof(struct outer));
  { struct point p; p.x = 3; p.y = 4; ASSERT(7, p.x + p.y); move(&p, 2); ASSERT(5, p.x); ASSERT(2, p.y); }
  { struct point a = { 1, 2 }, b; b = a; b.x = 10; ASSERT(1, a.x); ASSERT(10, b.x); ASSERT(2, b.y); }
  { point_t a = { 0, 0 }, b = { 3, 5 }; ASSERT(15, area(&a, &b)); }
  { struct node c = { 3, 0 }, b = { 2, &c }, a = { 1, &b }; ASSERT(6, sum_list(&a)); ASSERT(3, a.next->next->value); }
  { union word w; w.u = 0x11223344; ASSERT(0x44, w.bytes[0]); ASSERT(0x1122, w.halves[1]); }
  { struct anon s; s.tag = 1; s.i = 65; ASSERT(65, s.c); s.lo = 7; s.hi = 9; ASSERT(16, s.lo + s.hi); }
  { struct bits b = { 0 }; b.a = 7; b.b = 31; b.c = -3; b.d = 1000000; b.e = 3;
    ASSERT(7, b.a); ASSERT(31, b.b); ASSERT(-3, b.c); ASSERT(1000000, b.d); ASSERT(3, b.e);
    b.a = 9; ASSERT(1, b.a); b.c += 2; ASSERT(-1, b.c); b.b++; ASSERT(0, b.b); ASSERT(7, b.c + 8); }
  { gbits.d = 5; gbits.a = 2; ASSERT(7, gbits.d + gbits.a); }
  { struct outer o; o.p[1].y = 42; o.inner.depth = 3; struct outer *po = &o; ASSERT(42, po->p[1].y); ASSERT(3, po->inner.depth); }
  { named_t n = { "abc", { 5, 6 } }; ASSERT(98, n.name[1]); ASSERT(6, n.at.y); named_t m = n; ASSERT(99, m.name[2]); }
  { struct point ps[3] = { { 1, 2 }, { 3, 4 } }; ASSERT(3, ps[1].x); ASSERT(0, ps[2].y); struct point *q = ps; q++; ASSERT(4, q->y); }
  { struct { int a; char b; } local = { 5, 'x' }; ASSERT(120, local.b); }
  ASSERT(0, origin.x); ASSERT(2, unit.x + unit.y);
  { struct point p = unit; int c = 0 ? p.x : (p = origin, p.y); ASSERT(0, c); }
  { struct point a = { 9, 8 }, b = { 7, 6 }; struct point c = 1 ? a : b; ASSERT(9, c.x); }
  { typedef union { long l; double d; } num; num n; n.l = 0; ASSERT(8, sizeof n); }
  { struct point const cp = { 4, 5 }; ASSERT(9, cp.x + cp.y); }
  return 0;
}
