// A Vite/Rolldown plugin that shrinks the static text of Lit's `html` and `css` tagged templates
// in our own sources: whitespace runs that contain a line break become one space (which renders
// the same in HTML and CSS), and CSS also loses comments and the spaces around its punctuation.
// Expressions inside `${…}` are copied untouched (they may hold nested templates, handled in turn).

const TAG = /\b(html|css)`/g;

/** Index just past the `}` closing the expression that starts at `i` (just after `${`). */
function skipExpression(src, i) {
  let depth = 1;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '`') {
      i = skipTemplate(src, i + 1).end;
      continue;
    }
    if (ch === "'" || ch === '"') {
      i++;
      while (i < src.length && src[i] !== ch) i += src[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}' && --depth === 0) return i + 1;
    i++;
  }
  throw new Error('unterminated ${ in template');
}

/** Splits the template that starts at `i` (just after the backtick) into static and expression parts. */
function skipTemplate(src, i) {
  const parts = [];
  let start = i;
  while (i < src.length) {
    if (src[i] === '\\') {
      i += 2;
      continue;
    }
    if (src[i] === '`') {
      parts.push({ static: true, from: start, to: i });
      return { parts, end: i + 1 };
    }
    if (src[i] === '$' && src[i + 1] === '{') {
      parts.push({ static: true, from: start, to: i });
      const end = skipExpression(src, i + 2);
      parts.push({ static: false, from: i, to: end });
      start = i = end;
      continue;
    }
    i++;
  }
  throw new Error('unterminated template');
}

function shrinkStatic(text, kind) {
  let out = text.replace(/\s*\n\s*/g, ' ');
  if (kind === 'css') {
    out = out
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/\s+/g, ' ');
  }
  return out;
}

export function minifyTemplates(source) {
  let out = '';
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    if (match.index < last) continue; // inside a template already rewritten
    const kind = match[1];
    const bodyStart = match.index + match[0].length;
    const { parts, end } = skipTemplate(source, bodyStart);
    out += source.slice(last, bodyStart);
    for (const part of parts) {
      const text = source.slice(part.from, part.to);
      out += part.static ? shrinkStatic(text, kind) : `\${${minifyTemplates(text.slice(2, -1))}}`;
    }
    out += '`';
    last = end;
  }
  return out + source.slice(last);
}

export function minifyTemplatesPlugin() {
  return {
    name: 'cit-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
