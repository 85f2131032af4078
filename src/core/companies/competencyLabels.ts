// Plain names for the competencies rounds test and documents are tagged with.
import type { Competency } from '../workspace/schemas';

export const competencyLabels: Record<Competency, string> = {
  'product-vision': 'Product vision',
  'technical-depth': 'Technical depth',
  'regulatory-acumen': 'Regulatory acumen',
  'stakeholder-influence': 'Stakeholder influence',
  'execution-rigor': 'Execution rigour',
  'risk-impact-leadership': 'Risk, impact and leadership',
};
