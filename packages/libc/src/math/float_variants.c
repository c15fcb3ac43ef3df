/* expf, logf, log2f, log10f, powf: the float functions computed in double, where their
   results are exact to far more bits than a float keeps; one rounding to float remains. */
#include <math.h>

float expf(float x) {
  return exp(x);
}

float logf(float x) {
  return log(x);
}

float log2f(float x) {
  return log2(x);
}

float log10f(float x) {
  return log10(x);
}

float powf(float x, float y) {
  return pow(x, y);
}
