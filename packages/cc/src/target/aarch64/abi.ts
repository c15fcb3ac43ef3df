// AAPCS64 §10.1 (Arm C and C++ language mappings, data types): LP64 on Linux, and plain
// char is UNSIGNED (`unsigned char` in Table 3), unlike x86-64.
import { LP64_INT_SIZES, type Abi } from "../abi.js";

export const aarch64Abi: Abi = { intSize: LP64_INT_SIZES, pointerSize: 8, charIsSigned: false };
