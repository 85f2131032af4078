// Who a recruiter sees as the author in File › Properties: the candidate's name from Settings, and
// nothing when no name is set. Never "Dossier": a tool named as author reads as a document the
// tool wrote, and "Un-named" (the docx library's default) reads as a mistake.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildExport } from '../../../src/core/export/buildExport';
import { setPdfInfo } from '../../../src/core/export/setPdfInfo';
import { impactBrief, normalBrief } from './fixtures/documents';

const meta = (candidateName: string) => ({ candidateName, companyName: 'Wells Fargo', date: '2026-11-23', pageSize: 'letter' as const });

async function coreXml(candidateName: string): Promise<string> {
  const built = await buildExport({ doc: normalBrief, template: impactBrief, meta: meta(candidateName), format: 'docx', design: 'classic', printer: null });
  return strFromU8(unzipSync(built.bytes)['docProps/core.xml'] ?? new Uint8Array());
}

describe('DOCX author (docProps/core.xml)', () => {
  it('is the candidate name when Settings has one', async () => {
    const core = await coreXml('  Mei Chen ');
    expect(core).toContain('<dc:creator>Mei Chen</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Mei Chen</cp:lastModifiedBy>');
  });

  it('is left out without a name: not "Dossier", not "Un-named"', async () => {
    for (const name of ['', '   ']) {
      const core = await coreXml(name);
      expect(core).not.toContain('dc:creator');
      expect(core).not.toContain('lastModifiedBy');
      expect(core).not.toContain('Un-named');
      expect(core).toContain('<dc:title>');
    }
  });
});

describe('PDF author (Info dictionary)', () => {
  const base = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Size 2/Root 1 0 R>>\nstartxref\n0\n%%EOF\n');
  it('writes no /Author when there is no name', () => {
    const out = new TextDecoder('latin1').decode(setPdfInfo(base, { title: 'Brief', author: '' }));
    expect(out).toContain('/Title <FEFF');
    expect(out).not.toContain('/Author');
  });
  it('writes the name when there is one', () => {
    const out = new TextDecoder('latin1').decode(setPdfInfo(base, { title: 'Brief', author: 'Al' }));
    expect(out).toContain('/Author <FEFF0041006C>');
  });
});
