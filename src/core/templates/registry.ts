// Loads the built-in templates (<appRoot>/templates) and the workspace's own
// (<workspace>/templates). Each file is validated; a malformed one is reported as
// {file, field, message} and skipped, never stopping the app. Cached by file modification times.
// A built-in file the CLI's build validated (prevalidated.ts) is not read again while unchanged;
// a workspace's templates are always read and validated.
import path from 'node:path';
import type { CoreContext } from '../context';
import type { Template, TemplateProblem } from './types';
import { TemplateSchema } from './templateSchema';
import { DossierError } from '../errors';
import { parseJsonText } from '../workspace/jsonText';
import { readTextFile } from '../workspace/durableFile';
import { fileStamps, jsonFilesIn } from '../fileStamps';
import { prevalidated, rememberValidated } from '../prevalidated';

export interface LoadedTemplates {
  templates: Template[];
  problems: TemplateProblem[];
}

interface Source {
  dir: string;
  /** Path prefix used in problem reports and `origin`. */
  label: string;
  builtin: boolean;
}

function listJson(dir: string): { name: string; stamp: string }[] {
  const names = jsonFilesIn(dir) ?? [];
  const stamps = fileStamps(dir, names);
  return names.map((name, i) => ({ name, stamp: stamps[i]! }));
}

/** Parses one template file's text; exported for tests. */
export function parseTemplate(file: string, text: string, origin: string): { template: Template } | { problem: TemplateProblem } {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (err) {
    return { problem: { file, field: '(file)', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` } };
  }
  const parsed = TemplateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = (issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
    const missing = issue?.code === 'invalid_type' && issue.input === undefined;
    return { problem: { file, field: field || '(file)', message: missing ? 'is missing' : (issue?.message ?? 'is not valid') } };
  }
  return { template: { ...parsed.data, origin } };
}

type Parsed = ReturnType<typeof parseTemplate>;

/** A template is a few kilobytes of JSON; past this a file is not one. */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

/** Reads and validates one template file; a built-in one's outcome may come from the CLI's build. */
function readTemplate(src: Source, name: string, stamp: string): Parsed {
  const file = `${src.label}/${name}`;
  const abs = path.join(src.dir, name);
  const key = file; // templates/<name>, relative to the app root
  const known = src.builtin ? prevalidated<Parsed>(key, stamp) : undefined;
  if (known) return known;
  let text: string;
  try {
    // Not readFileSync: a pipe among the templates would wait forever, /dev/zero fill memory.
    const read = readTextFile(abs, MAX_TEMPLATE_BYTES);
    if (read === null) return { problem: { file, field: '(file)', message: 'could not be read: it was removed while Dossier read the folder' } };
    text = read;
  } catch (err) {
    return { problem: { file, field: '(file)', message: `could not be read: ${err instanceof Error ? err.message : String(err)}` } };
  }
  const res = parseTemplate(file, text, src.builtin ? 'builtin' : file);
  if (src.builtin) rememberValidated(key, stamp, res);
  return res;
}

function loadFrom(sources: Source[], listings: ReturnType<typeof listJson>[]): LoadedTemplates {
  const templates: Template[] = [];
  const problems: TemplateProblem[] = [];
  const ids = new Map<string, string>();
  sources.forEach((src, s) => {
    for (const { name, stamp } of listings[s]!) {
      const file = `${src.label}/${name}`;
      const res = readTemplate(src, name, stamp);
      if ('problem' in res) {
        problems.push(res.problem);
        continue;
      }
      const clash = ids.get(res.template.id);
      if (clash) {
        problems.push({ file, field: 'id', message: `“${res.template.id}” is already used by ${clash}; rename this template's id` });
        continue;
      }
      ids.set(res.template.id, file);
      templates.push(res.template);
    }
  });
  return { templates, problems };
}

let cache: { key: string; value: LoadedTemplates } | null = null;

/** Templates from the app's templates/ folder and, when given, a workspace's templates/ folder. */
export function loadTemplatesFrom(appRoot: string, workspaceRoot: string | null): LoadedTemplates {
  const sources: Source[] = [{ dir: path.join(appRoot, 'templates'), label: 'templates', builtin: true }];
  if (workspaceRoot) sources.push({ dir: path.join(workspaceRoot, 'templates'), label: 'templates', builtin: false });
  const listings = sources.map((s) => listJson(s.dir));
  const key = sources.map((s, i) => `${s.dir}|${listings[i]!.map((f) => f.stamp).join(',')}`).join('||');
  if (cache && cache.key === key) return cache.value;
  const value = loadFrom(sources, listings);
  cache = { key, value };
  return value;
}

/** Built-in templates (templates/) plus the workspace's own (templates/ in the workspace), validated. */
export function loadTemplates(ctx: CoreContext): LoadedTemplates {
  return loadTemplatesFrom(ctx.appRoot, ctx.store.root);
}

export function findTemplate(loaded: LoadedTemplates, id: string): Template {
  const found = loaded.templates.find((t) => t.id === id);
  if (!found) {
    const known = loaded.templates.map((t) => t.id).join(', ');
    throw new DossierError('not-found', `There is no template called “${id}”. Known templates: ${known}.`);
  }
  return found;
}

export function getTemplate(ctx: CoreContext, id: string): Template {
  return findTemplate(loadTemplates(ctx), id);
}
