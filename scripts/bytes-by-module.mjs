// Where the bytes of the kit (dist/cit-widgets.all.js, everything in one file) go: each generated character is attributed to its source
// module through the source map, then each group's share of the gzip size is estimated.
// Usage: node scripts/bytes-by-module.mjs [dist/cit-widgets.all.js] [--depth N]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';


const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function groupOf(source, depth) {
  const path = source.replace(/^(\.\.\/)+/, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 13).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return path.split('/').slice(0, depth + 1).join('/');
}

/** A markdown table of each module's minified bytes and estimated share of the gzip size. */
export function bytesByModule(file = 'dist/cit-widgets.all.js', depth = 2) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const chars = new Map(); // group -> generated text
  let sourceIndex = 0;
  map.mappings.split(';').forEach((line, lineNo) => {
    let column = 0;
    const segments = line ? line.split(',').map(decode) : [];
    const text = lines[lineNo] ?? '';
    segments.forEach((seg, i) => {
      column += seg[0];
      if (seg.length > 1) sourceIndex += seg[1];
      const next = segments[i + 1] ? column + segments[i + 1][0] : text.length;
      const group = seg.length > 1 ? groupOf(map.sources[sourceIndex], depth) : '(bundler)';
      chars.set(group, (chars.get(group) ?? '') + text.slice(column, next));
    });
  });

  const total = gzipSync(code, { level: 9 }).length;
  const rows = [...chars].map(([group, text]) => [group, text.length, gzipSync(text, { level: 9 }).length]);
  const gzipSum = rows.reduce((s, r) => s + r[2], 0);
  rows.sort((a, b) => b[2] - a[2]);
  const table = [`| module | minified bytes | gzip share (est.) |`, `|---|---:|---:|`];
  for (const [group, min, gz] of rows) table.push(`| ${group} | ${min} | ${Math.round((gz / gzipSum) * total)} |`);
  table.push(`| **total** | ${code.length} | ${total} |`);
  return table.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv.find((a) => a.endsWith('.js') && !a.includes('scripts/')) ?? 'dist/cit-widgets.all.js';
  const depthFlag = process.argv.indexOf('--depth');
  console.log(bytesByModule(file, depthFlag > 0 ? Number(process.argv[depthFlag + 1]) : 2));
}
