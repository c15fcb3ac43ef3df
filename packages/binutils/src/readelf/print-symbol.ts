// readelf's print_symbol(): how a name is fitted into a column. Control characters are shown
// as ^X. A positive width truncates (unless --wide) without padding; a negative width also
// pads to at least -width. Truncated names end in "[...]", which counts toward the width.

export function printSymbol(name: string, width: number, wide: boolean): string {
  const shown = name.replace(/[\x00-\x1f\x7f]/g, (c) => "^" + String.fromCharCode((c.charCodeAt(0) + 0x40) & 0x7f));
  const max = Math.abs(width);
  const chars = [...shown];
  const fitted = !wide && chars.length > max ? chars.slice(0, Math.max(0, max - 5)).join("") + "[...]" : shown;
  return width < 0 ? fitted.padEnd(max) : fitted;
}
