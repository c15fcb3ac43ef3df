// The messages a failed exec prints, worded as the kernel and glibc's ld.so word them.
//
// execve fails with an errno (bash then says "cannot execute binary file: Exec format error");
// ld.so's own messages are made by LdsoContext.fatal. Each execve error carries a note saying
// which check failed.

import { GlassError, type Diagnostic } from "@glass/diagnostics";

export const ERRNO = {
  ENOEXEC: "Exec format error",
  EINVAL: "Invalid argument",
  ENOENT: "No such file or directory",
  EIO: "Input/output error",
  ELIBBAD: "Accessing a corrupted shared library",
  ENOMEM: "Cannot allocate memory",
  EPERM: "Operation not permitted",
  EEXIST: "File exists",
  EFAULT: "Bad address",
  E2BIG: "Argument list too long",
} as const;

export type Errno = keyof typeof ERRNO;

/** execve(2) failed: "./prog: Exec format error", with the check that failed as a note. */
export function execError(file: string, errno: Errno, why: string, offset?: number): never {
  const d: Diagnostic = { severity: "error", message: `${file}: ${ERRNO[errno]}`, notes: [{ severity: "note", message: `execve: ${why}` }] };
  if (offset !== undefined) d.binary = { file, offset };
  throw new GlassError([d]);
}
