// How `dossier export` gets its private-terms gate (privateTermFindings.ts), which runs the
// rubric's `confidentiality` rule. Here, from the sources and in out/cli/check.cjs, it is imported
// on first use. In out/cli/export.cjs the build puts in its place a module that loads
// out/cli/check.cjs (with that bundle's code cache) and asks it, so the export bundle carries no
// rubric at all: one implementation of the gate, in the bundle that already holds the rubric
// (scripts/build-cli.mjs, gateFromCheckBundle).
import type { privateTermFindings } from './privateTermFindings';

export type PrivateTermFindings = typeof privateTermFindings;

/** The gate's function, loaded once. */
export async function loadPrivateTermFindings(): Promise<PrivateTermFindings> {
  return (await import('./privateTermFindings')).privateTermFindings;
}
