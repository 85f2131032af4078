// The conformance test's common ground: a rendering flattened to a list of events a reader can
// see — list items with their number path ("3>•"), blocks with their kind (h1..h6, p, pre, hr,
// cell), quote depth, list path and text, and the inline marks (em, strong, code, del, a) with
// their text. The CommonMark reference HTML, Dossier's HTML and Dossier's DOCX blocks are all
// flattened here and compared event by event.
import { Parser } from 'htmlparser2';
import type { DocxBlock, DocxRun } from '../../../../src/core/export/docxBlocks';

export interface Flat {
  /** Visible text, whitespace collapsed. */
  text: string;
  /** One line per item or block, with marks. */
  events: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'div']);
/** Only these link targets become links in an export (see safeHref): others are plain text. */
const LINKABLE = /^(https?:|mailto:)/i;

/**
 * Flattens HTML (the spec's reference or Dossier's fragment). Inline formatting is read as the
 * reader sees it: per character (nested <em> in <em> is just italic), as DocxRun-like runs.
 */
export function flattenHtml(html: string): Flat {
  const events: string[] = [];
  const texts: string[] = [];
  const lists: { ordered: boolean; start: number; idx: number }[] = [];
  let quote = 0;
  let runs: DocxRun[] = [];
  let kind: string | null = null;
  const style = { em: 0, strong: 0, code: 0, del: 0 };
  const links: ({ href: string } | null)[] = [];
  const marks: string[] = [];
  let pre = 0;
  const path = (): string => lists.map((l) => (l.ordered ? String(l.start + l.idx) : '•')).join('>');
  const bufText = (): string => norm(runText(runs));
  const flush = (k: string | null): void => {
    const text = bufText();
    if (text !== '' || (k !== null && k !== 'p')) {
      const m = runMarks(runs).filter((x) => !(k === 'pre' && x.startsWith('code:')));
      events.push(`${k ?? 'p'} q${quote} [${path()}] ${text}${m.length ? ' {' + m.sort().join(' | ') + '}' : ''}`);
      if (text) texts.push(text);
    }
    runs = [];
  };
  const add = (text: string, breakBefore = false): void => {
    const link = [...links].reverse().find((l) => l !== null) ?? undefined;
    runs.push({
      text,
      breakBefore,
      italics: style.em > 0,
      bold: style.strong > 0,
      code: style.code > 0,
      strike: style.del > 0,
      ...(link ? { link } : {}),
      lang: 'en',
    });
  };
  void marks;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (BLOCKS.has(name)) {
          if (bufText() !== '') flush(kind);
          else runs = [];
        }
        switch (name) {
          case 'blockquote':
            quote++;
            break;
          case 'ol':
            lists.push({ ordered: true, start: attrs.start !== undefined ? Number(attrs.start) : 1, idx: -1 });
            break;
          case 'ul':
            lists.push({ ordered: false, start: 1, idx: -1 });
            break;
          case 'li': {
            const top = lists[lists.length - 1];
            if (top) top.idx++;
            events.push(`item q${quote} [${path()}]`);
            kind = null;
            break;
          }
          case 'p':
            kind = 'p';
            break;
          case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
            kind = name;
            break;
          case 'pre':
            kind = 'pre';
            pre++;
            break;
          case 'td': case 'th':
            kind = 'cell';
            break;
          case 'hr':
            events.push(`hr q${quote} [${path()}]`);
            break;
          case 'br':
            add('', true);
            break;
          case 'img':
            add(attrs.alt ?? '');
            break;
          case 'em': style.em++; break;
          case 'strong': style.strong++; break;
          case 'code': style.code++; break;
          case 'del': case 's': style.del++; break;
          case 'a':
            links.push(LINKABLE.test(attrs.href ?? '') ? { href: attrs.href ?? '' } : null);
            break;
          default:
        }
      },
      ontext(t) {
        add(t);
      },
      onclosetag(name) {
        switch (name) {
          case 'em': style.em--; return;
          case 'strong': style.strong--; return;
          case 'code': style.code--; return;
          case 'del': case 's': style.del--; return;
          case 'a': links.pop(); return;
          default:
        }
        if (!BLOCKS.has(name)) return;
        if (name === 'pre') pre--;
        if (name === 'p' || name === 'pre' || /^h[1-6]$/.test(name) || name === 'td' || name === 'th') {
          flush(kind);
          kind = null;
          return;
        }
        if (bufText() !== '') flush(kind);
        if (name === 'blockquote') quote--;
        if (name === 'ol' || name === 'ul') lists.pop();
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  if (bufText() !== '') flush(kind);
  void pre;
  return { text: norm(texts.join(' ')), events };
}

function runText(runs: DocxRun[]): string {
  return runs.map((r) => (r.breakBefore ? ' ' : '') + r.text).join('');
}

/** Maximal stretches of runs sharing a mark, as "em:text" (links: one per link object). */
function runMarks(runs: DocxRun[]): string[] {
  const out: string[] = [];
  const flags: [keyof DocxRun, string][] = [['italics', 'em'], ['bold', 'strong'], ['code', 'code'], ['strike', 'del']];
  for (const [flag, name] of flags) {
    let cur = '';
    let on = false;
    for (const r of runs) {
      if (r[flag]) {
        cur += (r.breakBefore ? ' ' : '') + r.text;
        on = true;
      } else if (on) {
        if (norm(cur)) out.push(`${name}:${norm(cur)}`);
        cur = '';
        on = false;
      }
    }
    if (on && norm(cur)) out.push(`${name}:${norm(cur)}`);
  }
  let link: DocxRun['link'] | undefined;
  let cur = '';
  for (const r of [...runs, { text: '', lang: 'en' } as DocxRun]) {
    if (r.link !== link) {
      if (link && norm(cur)) out.push(`a:${norm(cur)}`);
      cur = '';
      link = r.link;
    }
    if (r.link) cur += (r.breakBefore ? ' ' : '') + r.text;
  }
  return out;
}

/** Flattens the DOCX renderer's blocks the same way. */
export function flattenDocx(blocks: DocxBlock[]): Flat {
  const events: string[] = [];
  const texts: string[] = [];
  let items: string[] = [];
  const block = (k: string, quote: number, p: string, runs: DocxRun[]): void => {
    const text = norm(runText(runs));
    // Inside a code block every run is code: the block kind says so (HTML's <pre><code>).
    const marks = runMarks(runs).filter((m) => !(k === 'pre' && m.startsWith('code:')));
    if (text === '' && k === 'p') return;
    events.push(`${k} q${quote} [${p}] ${text}${marks.length ? ' {' + marks.sort().join(' | ') + '}' : ''}`);
    if (text) texts.push(text);
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      const p = items.slice(0, b.indentLevel).join('>');
      for (const row of [b.header, ...b.rows]) for (const c of row) block('cell', b.quoteDepth, p, c);
      continue;
    }
    if (b.list) {
      items = [...items.slice(0, b.list.level), b.list.ordered ? String(b.list.number) : '•'];
      events.push(`item q${b.quoteDepth} [${items.join('>')}]`);
      block('p', b.quoteDepth, items.join('>'), b.runs);
      continue;
    }
    const p = items.slice(0, b.indentLevel).join('>');
    if (b.role === 'rule') events.push(`hr q${b.quoteDepth} [${p}]`);
    else block(b.role === 'heading' ? `h${b.headingLevel ?? 1}` : b.role === 'code' ? 'pre' : 'p', b.quoteDepth, p, b.runs);
  }
  return { text: norm(texts.join(' ')), events };
}
