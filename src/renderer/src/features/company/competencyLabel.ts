// Same wording as the core's competency labels (the renderer cannot import core).
import type { Competency } from '../../../../shared/api';

export const COMPETENCY_LABELS: Record<Competency, string> = {
  'product-vision': 'Product vision',
  'technical-depth': 'Technical depth',
  'regulatory-acumen': 'Regulatory acumen',
  'stakeholder-influence': 'Stakeholder influence',
  'execution-rigor': 'Execution rigour',
  'risk-impact-leadership': 'Risk, impact and leadership',
};

export function competencyLabel(c: string): string {
  return (COMPETENCY_LABELS as Record<string, string>)[c] ?? c;
}
