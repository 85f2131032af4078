// The compensation and band input checks: one implementation in core (the save path refuses their
// errors), re-exported so the workbench forms show the same errors and warnings as the candidate
// types; formatUsd is core's "$150,000". Pure code, no Node.
export type { InputProblem } from '../core/companies/types';
export { validateBands, validateCompPackage } from '../core/companies/validateInput';
export { formatUsd } from '../core/companies/formatUsd';
