// The compensation findings the workbench shows beside the ask, read from the structured values
// (the same rule ids as the rubric: comp-band, comp-range, comp-benchmark). The comp memo's own
// text is checked by the rubric; this covers the figures typed into the workbench.
import type { CompanyView, CompPackage } from '../../../../../shared/api';
import { formatMoney } from './parseAmount';

export interface CompFinding {
  rule: 'comp-band' | 'comp-range' | 'comp-benchmark';
  severity: 'error' | 'warning' | 'info';
  message: string;
  suggestion: string;
}

const BIG_TECH = /\b(google|alphabet|meta|facebook|apple|amazon|microsoft|netflix|openai|nvidia)\b/i;

export function compFindings(input: {
  ask: CompPackage | null;
  benchmarks: string[];
  bands: CompanyView['bands'];
  placement: CompanyView['compensation']['askPlacement'];
  /** Profile kind: bank and card-issuer cases must not anchor on big tech. */
  companyKind: 'bank' | 'card-issuer' | 'fintech' | null;
}): CompFinding[] {
  const out: CompFinding[] = [];
  const { ask, bands, placement } = input;
  if (ask) {
    const band = bands.base;
    const source = bands.source ? ` (${bands.source})` : '';
    if (band && placement && (placement.stretch.position === 'above' || placement.floor.position === 'below')) {
      const side = placement.stretch.position === 'above' ? placement.stretch : placement.floor;
      out.push({
        rule: 'comp-band',
        severity: 'warning',
        message: `Your base ask of ${formatMoney(ask.base.min)}–${formatMoney(ask.base.max)} is ${side.message.replace(/\.$/, '')}${source}.`,
        suggestion:
          side.position === 'above'
            ? 'Keep the base inside the band and move the difference to sign-on, bonus or level.'
            : 'You are asking below the published band: raise the floor to at least the band minimum.',
      });
    }
    if (bands.baseIsRigid && band && ask.base.min > 0) {
      out.push({
        rule: 'comp-band',
        severity: 'info',
        message: `Base pay here is known to be rigid${bands.rigidSource ? ` (${bands.rigidSource})` : source}: a higher base is rarely granted.`,
        suggestion: 'Put flexible parts forward instead: a sign-on bonus (especially to replace unvested equity), level or work arrangements.',
      });
    }
    if (ask.base.min === ask.base.max) {
      out.push({
        rule: 'comp-range',
        severity: 'warning',
        message: `Your base ask is one flat number (${formatMoney(ask.base.min)}).`,
        suggestion: 'Give a tiered range instead: a floor you would accept, a target and a stretch.',
      });
    }
  }
  if (input.companyKind === 'bank' || input.companyKind === 'card-issuer') {
    const anchored = input.benchmarks.filter((b) => BIG_TECH.test(b));
    if (anchored.length > 0) {
      out.push({
        rule: 'comp-benchmark',
        severity: 'warning',
        message: `You anchor on ${anchored.join(', ')}: banks discount big-tech packages.`,
        suggestion: 'Compare with other large banks (Chase, Citi, Bank of America) or insurers (USAA, State Farm).',
      });
    }
  }
  return out;
}

type Placement = NonNullable<CompanyView['compensation']['askPlacement']>['floor'];

function placeOne(value: number, band: { min: number; max: number }): Placement {
  const span = `${formatMoney(band.min)}–${formatMoney(band.max)}`;
  if (value < band.min) return { position: 'below', distance: band.min - value, message: `${formatMoney(band.min - value)} below the band (${span}).` };
  if (value > band.max) return { position: 'above', distance: value - band.max, message: `${formatMoney(value - band.max)} above the band (${span}).` };
  return { position: 'inside', distance: 0, message: `Inside the band (${span}).` };
}

/** The ask's floor and stretch against the band, computed as the candidate types (no round trip). */
export function placeAsk(ask: CompPackage | null, band: { min: number; max: number } | null): CompanyView['compensation']['askPlacement'] {
  if (!ask || !band) return null;
  return { floor: placeOne(ask.base.min, band), stretch: placeOne(ask.base.max, band) };
}
