// Characters the export fonts cannot draw are found before export. The coverage table is checked
// against the fonts installed here (fontconfig), so it cannot silently drift from them.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CJK, hasGlyph, LATIN, missingGlyphs } from '../../../src/core/export/glyphCoverage';
import { emojiBrief } from './fixtures/issueInputs';

const hasFc = spawnSync('sh', ['-c', 'command -v fc-list'], { encoding: 'utf8' }).status === 0;

function charset(pattern: string): Set<number> {
  const out = execFileSync('fc-list', [pattern, 'charset'], { encoding: 'utf8' }).trim();
  const set = new Set<number>();
  for (const r of (out.split('charset=')[1] ?? '').split(/\s+/).filter(Boolean)) {
    const [a, b] = r.split('-');
    const lo = parseInt(a ?? '0', 16);
    const hi = b === undefined ? lo : parseInt(b, 16);
    for (let c = lo; c <= hi; c++) set.add(c);
  }
  return set;
}

function expand(ranges: string): number[] {
  return ranges.split(' ').flatMap((r) => {
    const [a, b] = r.split('-');
    const lo = parseInt(a ?? '0', 16);
    const hi = b === undefined ? lo : parseInt(b, 16);
    return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  });
}

describe('glyph coverage', () => {
  it.each([...'éßΩЖ—€™→≤中あ한，ア。'])('%s has a glyph', (ch) => {
    expect(hasGlyph(ch.codePointAt(0) ?? 0)).toBe(true);
  });
  it.each([...'🚀✅😀✓'])('%s has none', (ch) => {
    expect(hasGlyph(ch.codePointAt(0) ?? 0)).toBe(false);
  });

  it('finds the emoji of the issue, with where they are, once each', () => {
    const found = missingGlyphs([
      { where: 'Title', text: emojiBrief.title },
      { where: 'Problem', text: `${emojiBrief.sections.problem ?? ''} Again 🚀.` },
    ]);
    expect(found.map((g) => [g.char, g.where])).toEqual([
      ['🚀', 'Problem'],
      ['✅', 'Problem'],
    ]);
  });

  it('does not flag plain English, Chinese, decomposed accents or emoji presentation selectors', () => {
    expect(missingGlyphs([{ where: 'x', text: 'Café — 5 % cut; 欺诈损失下降 20%；e\u0301 \u200d \ufe0f' }])).toEqual([]);
  });

  it.skipIf(!hasFc || charset('Liberation Serif:style=Regular').size === 0)('matches the installed Liberation and Noto CJK fonts', () => {
    const serif = charset('Liberation Serif:style=Regular');
    const sans = charset('Liberation Sans:style=Regular');
    for (const cp of expand(LATIN)) {
      expect(serif.has(cp) && sans.has(cp), `U+${cp.toString(16)}`).toBe(true);
    }
    const cjk = charset('Noto Sans CJK SC:style=Regular');
    if (cjk.size > 0) {
      const inCjk = expand(CJK);
      const covered = inCjk.filter((cp) => cjk.has(cp)).length;
      // The blocks are claimed whole; Noto CJK draws nearly all of them (unassigned points aside).
      expect(covered / inCjk.length).toBeGreaterThan(0.95);
    }
  });
});
