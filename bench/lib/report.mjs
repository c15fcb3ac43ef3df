// Printing results: one Markdown table per benchmark (what, Glass, each reference, and the
// ratio Glass / reference), then a summary of geometric-mean ratios per benchmark. Markdown so
// a run can be pasted straight into docs/benchmarks.md.
//
// A benchmark returns { title, unit: "s" | "bytes", columns: [{ key, label }], rows, notes }
// where each row is { what, group?, glass: cell, refs: { [key]: cell } } and a cell is a
// number (seconds or bytes), { skip: "install …" }, { fail: "…" }, or undefined (not applicable).

const isNum = (c) => typeof c === "number";

export function formatValue(v, unit) {
  if (unit === "bytes") return v.toLocaleString("en-US");
  if (v < 1e-3) return `${(v * 1e6).toFixed(0)} µs`;
  if (v < 1) return `${(v * 1e3).toFixed(1)} ms`;
  return `${v.toFixed(2)} s`;
}

const formatRatio = (r) => `${r < 0.1 ? r.toPrecision(2) : r < 10 ? r.toFixed(2) : r.toFixed(1)}×`;

function cellText(c, unit) {
  if (isNum(c)) return formatValue(c, unit);
  if (c?.skip) return "skipped";
  if (c?.fail) return "failed";
  return "—";
}

function markdown(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...body.map(line)].join("\n");
}

/** The table text for one benchmark result, with skip/fail lines and notes under it. */
export function renderResult(name, res) {
  const live = res.columns.filter((col) => res.rows.some((r) => r.refs[col.key] !== undefined && !r.refs[col.key]?.skip));
  const header = ["what", "Glass", ...live.map((c) => c.label), ...live.map((c) => `Glass/${c.label}`)];
  const body = res.rows.map((r) => [
    r.what,
    cellText(r.glass, res.unit),
    ...live.map((c) => cellText(r.refs[c.key], res.unit)),
    ...live.map((c) => (isNum(r.glass) && isNum(r.refs[c.key]) ? formatRatio(r.glass / r.refs[c.key]) : "—")),
  ]);
  const out = [`## ${name}: ${res.title}`, "", markdown(header, body), ""];
  const seen = new Set();
  for (const col of res.columns)
    for (const r of res.rows) {
      const c = r.refs[col.key];
      const msg = c?.skip ? `${col.label}: skipped: ${c.skip}` : c?.fail ? `${col.label} (${r.what}): failed: ${c.fail}` : null;
      if (msg && !seen.has(msg)) out.push(`- ${msg}`), seen.add(msg);
    }
  for (const r of res.rows) {
    if (r.glass?.fail) out.push(`- Glass (${r.what}): failed: ${r.glass.fail}`);
    if (r.glass?.skip) out.push(`- ${r.what}: skipped: ${r.glass.skip}`);
  }
  for (const n of res.notes ?? []) out.push(`- ${n}`);
  return out.join("\n") + "\n";
}

export function geomean(xs) {
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

/** Summary rows: per benchmark, per row group and per reference, the geometric mean ratio. */
export function renderSummary(results) {
  const body = [];
  for (const [name, res] of results) {
    const groups = [...new Set(res.rows.map((r) => r.group ?? ""))];
    for (const g of groups)
      for (const col of res.columns) {
        const ratios = res.rows.filter((r) => (r.group ?? "") === g && isNum(r.glass) && isNum(r.refs[col.key])).map((r) => r.glass / r.refs[col.key]);
        if (ratios.length) body.push([g ? `${name} (${g})` : name, col.label, String(ratios.length), formatRatio(geomean(ratios))]);
      }
  }
  const unit = "Glass/reference: below 1× Glass is faster (or smaller), above 1× slower (or larger).";
  return ["## summary (geometric mean of Glass/reference ratios)", "", markdown(["benchmark", "reference", "rows", "geomean"], body), "", unit, ""].join("\n");
}
