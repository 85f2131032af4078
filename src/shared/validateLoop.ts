// The interview-loop input checks: one implementation in core (the save path refuses its errors),
// re-exported so the loop editor shows the same messages as the candidate types. Pure code.
export { validateLoop } from '../core/companies/validateInput';
