/* nbody.c: the n-body simulation of five planets (the Computer Language Benchmarks Game's
   shape) — measures double arithmetic, struct field access through pointers and loops over an
   array of structs. Square roots by Newton's method, so no libm is needed. */
#include "print.h"

struct body { double x, y, z, vx, vy, vz, mass; };

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS 365.24

static struct body bodies[5] = {
  { 0, 0, 0, 0, 0, 0, SOLAR_MASS },
  { 4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS, -6.90460016972063023e-05 * DAYS,
    9.54791938424326609e-04 * SOLAR_MASS },
  { 8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS, 2.30417297573763929e-05 * DAYS,
    2.85885980666130812e-04 * SOLAR_MASS },
  { 1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS, -2.96589568540237556e-05 * DAYS,
    4.36624404335156298e-05 * SOLAR_MASS },
  { 1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS, -9.51592254519715870e-05 * DAYS,
    5.15138902046611451e-05 * SOLAR_MASS },
};

double root(double v) {
  double r = v > 1 ? v : 1;
  for (int i = 0; i < 30; i++) r = 0.5 * (r + v / r);
  return r;
}

void advance(int n, double dt) {
  for (int i = 0; i < n; i++) {
    struct body *a = &bodies[i];
    for (int j = i + 1; j < n; j++) {
      struct body *b = &bodies[j];
      double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * root(d2));
      a->vx -= dx * b->mass * mag;
      a->vy -= dy * b->mass * mag;
      a->vz -= dz * b->mass * mag;
      b->vx += dx * a->mass * mag;
      b->vy += dy * a->mass * mag;
      b->vz += dz * a->mass * mag;
    }
  }
  for (int i = 0; i < n; i++) {
    bodies[i].x += dt * bodies[i].vx;
    bodies[i].y += dt * bodies[i].vy;
    bodies[i].z += dt * bodies[i].vz;
  }
}

double energy(int n) {
  double e = 0;
  for (int i = 0; i < n; i++) {
    struct body *a = &bodies[i];
    e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
    for (int j = i + 1; j < n; j++) {
      struct body *b = &bodies[j];
      double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
      e -= a->mass * b->mass / root(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

int main(void) {
  for (int k = 0; k < 25000; k++) advance(5, 0.01);
  print_long((long)(energy(5) * 1e9));
  putchar('\n');
  return 0;
}
