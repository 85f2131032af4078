// `dossier questions`: a profile id lists the bank; a workspace folder lists its questions with
// answers and readiness; bad input is one line on stderr and exit 2.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli/runCliCaptured';
import { createCoreContext } from '../../../src/core/openContext';
import { createSeededCompany } from '../../../src/core/workspace/createSeededCompany';
import { startAnswer } from '../../../src/core/questions/editQuestions';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

const cli = (args: string[]) => runCliCaptured(args);

describe('dossier questions', () => {
  it('--json lists a profile round with id, round, source, competencies, template and text', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-q-'));
    const r = await cli(['questions', '--company', 'jpmorgan', '--round', 'risk-governance', '--json', '--workspace', empty]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; round: string; source: string; competencies: string[]; template: string; text: string }[];
    expect(rows.length).toBeGreaterThan(2);
    for (const q of rows) {
      expect(q.round).toBe('risk-governance');
      expect(['jpmorgan', 'general']).toContain(q.source);
      expect(q.competencies.length).toBeGreaterThan(0);
      expect(q.template).toMatch(/^[a-z-]+$/);
      expect(q.text.length).toBeGreaterThan(10);
    }
  });

  it('reads a workspace folder: answers and readiness', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-q-'));
    const ctx = await createCoreContext({ root: ws, shell: 'cli', appRoot: root });
    const slug = createSeededCompany(ctx, 'JPMorgan Chase', 'jpmorgan').slug;
    startAnswer(ctx, slug, 'jpm-occ-2011-12');
    ctx.store.close();
    const r = await cli(['questions', '--company', slug, '--workspace', ws, '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; answers: number; readiness: number }[];
    expect(rows.find((q) => q.id === 'jpm-occ-2011-12')).toMatchObject({ answers: 1 });
    expect(rows.find((q) => q.id === 'jpm-occ-2011-12')!.readiness).toBeGreaterThan(0);
    const text = await cli(['questions', '--company', slug, '--workspace', ws, '--round', 'risk-governance']);
    expect(text.stdout).toMatch(/^risk-governance \(\d+ questions\)/);
    expect(text.stdout).toContain('JPMorgan Chase guide');
  });

  it('refuses a missing company, an unknown profile and an unknown round with exit 2', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-q-'));
    expect(await cli(['questions'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--company is required/) });
    expect(await cli(['questions', '--company', 'acme', '--workspace', empty])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no company profile “acme”/) });
    expect(await cli(['questions', '--company', 'fintech', '--round', 'vp', '--workspace', empty])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no round “vp”/) });
  });
});
