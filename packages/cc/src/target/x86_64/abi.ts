// System V AMD64 psABI §3.1.2 (Data Representation): LP64, plain char is signed.
import { LP64_INT_SIZES, type Abi } from "../abi.js";

export const x86_64Abi: Abi = { intSize: LP64_INT_SIZES, pointerSize: 8, charIsSigned: true };
