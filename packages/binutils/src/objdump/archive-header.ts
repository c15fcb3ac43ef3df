// objdump -a (BFD's print_arelt_descr): an archive member's ar header as `ls -l` would show
// it — permissions, uid/gid, size, date (ctime's "Mmm dd hh:mm yyyy", in UTC) — then its
// name; a file that is not an archive member shows only its name.

import type { MemberHeader } from "../common/inputs.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** mode_string without the file-type letter: rwx triples with setuid/setgid/sticky as s/S, t/T. */
function permissions(mode: number): string {
  const triple = (bits: number, special: boolean, letter: string): string =>
    (bits & 4 ? "r" : "-") + (bits & 2 ? "w" : "-") + (special ? (bits & 1 ? letter : letter.toUpperCase()) : bits & 1 ? "x" : "-");
  return triple(mode >> 6, (mode & 0o4000) !== 0, "s") + triple(mode >> 3, (mode & 0o2000) !== 0, "s") + triple(mode, (mode & 0o1000) !== 0, "t");
}

function date(seconds: number): string {
  const d = new Date(seconds * 1000);
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ${d.getUTCFullYear()}`;
}

export function archiveHeader(name: string, header: MemberHeader | undefined): string {
  if (!header) return `${name}\n`;
  return `${permissions(header.mode)} ${header.uid}/${header.gid} ${String(header.size).padStart(6)} ${date(header.date)} ${name}\n`;
}
