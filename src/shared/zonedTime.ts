// Wall-clock time in an IANA zone: one implementation in core, re-exported for the renderer
// (which may import only src/shared). Pure Intl code, no Node.
export { isValidTimeZone, parseLocal, zonedToUtc, calendarDaysBetween } from '../core/companies/zonedTime';
