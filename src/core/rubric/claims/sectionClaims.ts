// The claim records of a prepared section, one per sentence (a list item is its own sentence),
// built on first use and kept with the section for every rule kind of the same check.
import { spanIndexAt } from '../prepareSection';
import type { PreparedSection } from '../prepareSection';
import { analyzeClaim } from './analyzeClaim';
import type { Claim } from './analyzeClaim';

const bySection = new WeakMap<PreparedSection, Claim[]>();

export function claimsOf(section: PreparedSection): Claim[] {
  let claims = bySection.get(section);
  if (!claims) {
    claims = section.sentences.map(analyzeClaim);
    bySection.set(section, claims);
  }
  return claims;
}

/** The claim whose sentence holds a section offset, or null between sentences. */
export function claimAt(section: PreparedSection, offset: number): Claim | null {
  return claimsOf(section)[spanIndexAt(section.sentences, offset)] ?? null;
}
