// Explicit bidirectional formatting controls: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI,
// FSI, PDI (U+2066–U+2069), as defined by the Unicode Bidirectional Algorithm (UAX #9, table 1).
// In a title, heading, author or file name they let text display in an order other than the one it
// is stored in: "Fraud\u202Egnp.exe" shows as "Fraudexe.png". Dossier removes them wherever text
// becomes a title, heading or metadata of an export (and from file names, fileNameLimits.ts).
// Body text keeps them: there they are a right-to-left writer's tool, and they stay inside their
// paragraph. The implicit marks (LRM, RLM, ALM) do not reorder runs and are kept in titles.

const BIDI_FORMATTING_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` without explicit bidirectional formatting controls (U+202A–U+202E, U+2066–U+2069). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_FORMATTING_CONTROLS, '');
}
