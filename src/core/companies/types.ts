// Company profiles (resources/companies/*.json) and the views built from them.
// PLACEHOLDER shapes: the companies module owner refines these; keep the exported names.
import type { CompanyFile, Competency, LoopRound, MoneyRange } from '../workspace/schemas';

/** A fact as a source states it. */
export interface Sourced<T> {
  value: T;
  source: string;
}

export interface CompanyProfile {
  id: string;
  name: string;
  [key: string]: unknown;
}

export interface ProfileProblem {
  file: string;
  field: string;
  message: string;
}

/** A company file plus what the UI derives from it and its profile. */
export interface CompanyView {
  company: CompanyFile;
  profile: CompanyProfile | null;
  [key: string]: unknown;
}

export interface JobDescriptionMatch {
  terms: { term: string; coveredBy: string[] }[];
}

export interface Dashboard {
  [key: string]: unknown;
}

export type { CompanyFile, Competency, LoopRound, MoneyRange };
