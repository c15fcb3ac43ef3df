// Macros gcc predefines for AArch64 Linux beyond the shared LP64 set in ../predefined.ts:
// the ACLE feature macros (__ARM_*), the IEEE quad long double, unsigned char and an
// unsigned wchar_t. Values are the ones `aarch64-linux-gnu-gcc -dM -E` prints (gcc 12).
export const aarch64Macros: ReadonlyArray<readonly [string, string]> = [
  ["__AARCH64EL__", "1"],
  ["__AARCH64_CMODEL_SMALL__", "1"],
  ["__ARM_64BIT_STATE", "1"],
  ["__ARM_ARCH", "8"],
  ["__ARM_ARCH_8A", "1"],
  ["__ARM_ARCH_ISA_A64", "1"],
  ["__ARM_ARCH_PROFILE", "65"],
  ["__ARM_FP", "14"],
  ["__ARM_NEON", "1"],
  ["__ARM_PCS_AAPCS64", "1"],
  ["__ARM_SIZEOF_MINIMAL_ENUM", "4"],
  ["__ARM_SIZEOF_WCHAR_T", "4"],
  ["__CHAR_UNSIGNED__", "1"],
  ["__LDBL_DECIMAL_DIG__", "36"],
  ["__LDBL_DENORM_MIN__", "6.47517511943802511092443895822764655e-4966L"],
  ["__LDBL_DIG__", "33"],
  ["__LDBL_EPSILON__", "1.92592994438723585305597794258492732e-34L"],
  ["__LDBL_MANT_DIG__", "113"],
  ["__LDBL_MAX__", "1.18973149535723176508575932662800702e+4932L"],
  ["__LDBL_NORM_MAX__", "1.18973149535723176508575932662800702e+4932L"],
  ["__WCHAR_MAX__", "0xffffffffU"],
  ["__WCHAR_MIN__", "0U"],
  ["__WCHAR_TYPE__", "unsigned int"],
  ["__aarch64__", "1"],
];
