// Storage benchmark: load time of a generated 50 companies × 20 documents workspace (open +
// listCompanies + listDocuments of every company, median of several opens), save latency of one
// document in it (median and p95 over 200 saves, each a full durable save with backup), and the
// peak RSS seen; one folder's scored document list (20 documents) and the readiness dashboard
// over it (first and again, unchanged).
// Budgets: load < 300 ms, save p95 < 20 ms. Run alone: `npx tsx scripts/bench-storage.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../src/core/workspace/openWorkspace';
import { toJsonText } from '../src/core/workspace/durableFile';
import { CompanyFile, DocumentFile, WorkspaceFile } from '../src/core/workspace/schemas';
import { createCoreContext } from '../src/core/openContext';
import { createHandlers } from '../src/core/handlers/index';
import { median, percentile, round } from './benchStats';

const COMPANIES = 50;
const DOCUMENTS = 20;
const OPENS = 7;
const SAVES = 200;
const DASHBOARDS = 6;
const appRoot = path.resolve(import.meta.dirname, '..');

const PARAGRAPH =
  'Cut card-fraud losses from $4.1M to $2.9M a year by moving scoring to real time (45 ms p99), ' +
  'after model risk signed off on the explainability report and the independent validation. ';

/**
 * Writes the workspace files directly (plain writes: this is setup, not what is measured), each as
 * Dossier saves it: the validated data (defaults filled in), pretty-printed.
 */
export function generateWorkspace(root: string, companies = COMPANIES, documents = DOCUMENTS): void {
  const at = new Date().toISOString();
  const slugs = Array.from({ length: companies }, (_, c) => `company-${String(c).padStart(2, '0')}`);
  fs.mkdirSync(path.join(root, 'companies'), { recursive: true });
  fs.writeFileSync(path.join(root, 'workspace.json'), toJsonText(WorkspaceFile.parse({ schemaVersion: 1, createdAt: at, companyOrder: slugs })));
  for (const slug of slugs) {
    const dir = path.join(root, 'companies', slug);
    fs.mkdirSync(path.join(dir, 'documents'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'exports'), { recursive: true });
    const loop = Array.from({ length: 5 }, (_, i) => ({ id: `r${i}`, name: `Round ${i + 1}`, minutes: 45, focus: PARAGRAPH }));
    fs.writeFileSync(
      path.join(dir, 'dossier.json'),
      toJsonText(CompanyFile.parse({ schemaVersion: 1, slug, name: `Company ${slug}`, profileId: null, createdAt: at, updatedAt: at, loop })),
    );
    for (let d = 0; d < documents; d++) {
      const id = `${slug.replace('company-', 'doc')}x${String(d).padStart(4, '0')}`;
      // Every document's text differs, so nothing is scored once and reused by accident.
      const sections = Object.fromEntries(['problem', 'decisions', 'outcome', 'risk', 'ice'].map((s) => [s, `${PARAGRAPH.repeat(3)}Brief ${d} of ${slug}.`]));
      const history = Array.from({ length: 3 }, (_, r) => ({ revision: r, at, reason: 'manual', label: '', score: 80 + r, title: `Brief ${d}`, sections }));
      fs.writeFileSync(
        path.join(dir, 'documents', `${id}.json`),
        toJsonText(DocumentFile.parse({
          schemaVersion: 1,
          id,
          templateId: 'impact-brief',
          templateVersion: 1,
          title: `Brief ${d}`,
          company: slug,
          sections,
          tags: ['execution-rigor'],
          createdAt: at,
          updatedAt: at,
          revision: 3,
          history,
        })),
      );
    }
  }
}

export async function benchStorage(): Promise<Record<string, number>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-storage-'));
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  try {
    generateWorkspace(root);
    const loads: number[] = [];
    let documentCount = 0;
    for (let i = 0; i < OPENS; i++) {
      const t0 = performance.now();
      const store = openWorkspace(root);
      documentCount = 0;
      for (const company of store.listCompanies()) documentCount += store.listDocuments(company.slug).length;
      loads.push(performance.now() - t0);
      sample();
      store.close();
    }
    if (documentCount !== COMPANIES * DOCUMENTS) throw new Error(`expected ${COMPANIES * DOCUMENTS} documents, listed ${documentCount}`);

    const store = openWorkspace(root);
    const company = store.listCompanies()[0]!.slug;
    const id = store.listDocuments(company)[0]!.id;
    let revision = store.getDocument(company, id).revision;
    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const t0 = performance.now();
      const doc = store.updateDocument(company, id, revision, (d) => ({
        ...d,
        sections: { ...d.sections, problem: `${PARAGRAPH.repeat(3)} Edit ${i}.` },
      }));
      saves.push(performance.now() - t0);
      revision = doc.revision;
      if (i % 20 === 0) sample();
    }
    const tRefresh = performance.now();
    store.refresh();
    const refreshMs = performance.now() - tRefresh;
    sample();
    store.close();

    // The readiness dashboard scores every document: first open, then opened again unchanged.
    const ctx = await createCoreContext({ root, shell: 'cli', appRoot, printer: null });
    const dashboards: number[] = [];
    const lists: number[] = [];
    try {
      const handlers = createHandlers(ctx);
      // A folder's document list scores its 20 documents: first open, then again unchanged.
      const [firstCompany] = await handlers['companies.list']({});
      for (let i = 0; i < DASHBOARDS; i++) {
        const t0 = performance.now();
        await handlers['documents.list']({ company: firstCompany!.slug, scores: true });
        lists.push(performance.now() - t0);
      }
      for (let i = 0; i < DASHBOARDS; i++) {
        const t0 = performance.now();
        await handlers['dashboard.get']({});
        dashboards.push(performance.now() - t0);
        sample();
      }
    } finally {
      ctx.store.close();
    }
    return {
      companies: COMPANIES,
      documents: COMPANIES * DOCUMENTS,
      loadMedianMs: median(loads),
      loadMaxMs: round(Math.max(...loads)),
      /** The first open of the process (schemas not yet compiled): what a cold app start sees. */
      loadFirstMs: round(loads[0]!),
      saveMedianMs: median(saves),
      saveP95Ms: percentile(saves, 95),
      refreshMs: round(refreshMs),
      documentListFirstMs: round(lists[0]!),
      documentListAgainMedianMs: median(lists.slice(1)),
      dashboardFirstMs: round(dashboards[0]!),
      dashboardAgainMedianMs: median(dashboards.slice(1)),
      peakRssMb: round(peakRss / 1024 / 1024),
      /** RSS before the benchmark started (node, tsx and the other bench parts already loaded). */
      baselineRssMb: round(baselineRss / 1024 / 1024),
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchStorage().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
