// Loops with fixed trip counts that gcc -O2/-O3 vectorizes (SSE2 packed integer and float code).
    #include <stdio.h>
    int a[64], b[64]; short h[64]; unsigned char u[64]; float f[64]; double d[64]; long w[64];
    int main(void) {
      for (int i = 0; i < 64; i++) { a[i] = i * 3 - 50; b[i] = 64 - i; h[i] = (short)(i * 7); u[i] = (unsigned char)(i * 5); f[i] = i * 0.5f; d[i] = i / 4.0; }
      for (int i = 0; i < 64; i++) a[i] = a[i] * b[i] + (b[i] >> 2);
      for (int i = 0; i < 64; i++) u[i] = u[i] > 100 ? u[i] - 100 : u[i] + 3;
      for (int i = 0; i < 64; i++) { f[i] = f[i] * 2.0f - 1.0f; d[i] += f[i]; w[i] = h[i] + a[i]; }
      int s = 0, m = -1000; long lw = 0; float fs = 0; double ds = 0; unsigned us = 0;
      for (int i = 0; i < 64; i++) { s += a[i]; if (a[i] > m) m = a[i]; lw += w[i]; fs += f[i]; ds += d[i]; us += u[i]; }
      for (int i = 0; i < 64; i++) h[i] = (short)a[i];
      printf("%d %d %ld %.2f %.2f %u %d\n", s, m, lw, fs, ds, us, h[10]);
      return s & 0x7f;
    }