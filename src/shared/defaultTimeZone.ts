// The zone a new interview round starts in: one implementation in core (company creation seeds
// rounds with it), re-exported so the loop editor adds rounds in the same zone. Pure code.
export { defaultTimeZone, localTimeZone } from '../core/companies/defaultTimeZone';
