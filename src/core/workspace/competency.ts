// The six interview competencies Dossier tags rounds, questions and documents with. A module of
// its own (schemas.ts re-exports it) so that a company profile's schema can use it without
// building every workspace schema: `dossier export` validates no workspace file.
import { z } from 'zod';

export const Competency = z.enum([
  'product-vision',
  'technical-depth',
  'regulatory-acumen',
  'stakeholder-influence',
  'execution-rigor',
  'risk-impact-leadership',
]);
export type Competency = z.infer<typeof Competency>;
