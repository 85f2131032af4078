// The time zone a new interview round starts in. A folder whose name places it in a city
// ("Revolut — Senior PM, London", "汇丰 香港") starts in that city's zone; otherwise the
// candidate's own zone, where their calendar lives. Before, every round started in
// America/New_York, so a London interview went into the .ics five hours off (newcomer trial).
// Pure: no node: imports, no DOM.
import { isValidTimeZone } from './zonedTime';

/**
 * Cities named differently from their IANA zone, or not a zone of their own. The IANA names
 * themselves (London, New_York, Hong_Kong, Singapore, Toronto, Chicago, Dublin, …) come from the
 * runtime's zone list (Intl.supportedValuesOf), so they need no entry here.
 */
const CITY_ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:NYC|Manhattan|Brooklyn|Jersey City|Wilmington|Charlotte|Boston|Atlanta|Miami|Washington,? D\.?C\.?|Columbus|Pittsburgh|Philadelphia|Tampa)\b|纽约|夏洛特|波士顿/i, 'America/New_York'],
  [/\b(?:San Francisco|SF Bay|Bay Area|Palo Alto|Menlo Park|Mountain View|San Jose|Seattle|Oakland|Sunnyvale|Los Angeles|LA)\b|旧金山|湾区|西雅图|洛杉矶/, 'America/Los_Angeles'],
  [/\b(?:Dallas|Plano|Irving|Austin|Houston|Minneapolis|Des Moines|Minnesota)\b|芝加哥/i, 'America/Chicago'],
  [/\b(?:Salt Lake City|Denver)\b/i, 'America/Denver'],
  [/\b(?:Phoenix|Chandler|Tempe)\b/i, 'America/Phoenix'],
  [/伦敦/, 'Europe/London'],
  [/\b(?:Beijing|Shenzhen|Guangzhou|Hangzhou)\b|北京|上海|深圳|广州|杭州/i, 'Asia/Shanghai'],
  [/香港/, 'Asia/Hong_Kong'],
  [/新加坡/, 'Asia/Singapore'],
  [/\b(?:Bangalore|Bengaluru|Mumbai|Hyderabad|Gurgaon|Gurugram|New Delhi)\b/i, 'Asia/Kolkata'],
];

/** Zone cities that also read as ordinary words or names in a folder name ("Morgan Stanley", "New Jersey"). */
const AMBIGUOUS_CITIES = new Set([
  'Center', 'Knox', 'Salem', 'New Salem', 'Easter', 'Christmas', 'Reunion', 'Troll', 'Casey', 'Davis', 'Palmer',
  'Wake', 'Midway', 'Resolute', 'Stanley', 'Jersey', 'Oral', 'Mahe', 'Truk', 'Chuuk', 'Norfolk', 'Victoria',
  'Currie', 'Regina', 'Creston', 'Marengo', 'Vevay', 'Winamac', 'Vincennes', 'Petersburg', 'Monticello', 'Beulah',
  'Guernsey', 'Isle of Man', 'Adak', 'Nome', 'Chatham', 'Mawson', 'Vostok', 'Rothera',
]);

let zoneCities: Array<[RegExp, string]> | null = null;

/**
 * The runtime's zones as city patterns: "Europe/London" → /\bLondon\b/, "America/New_York" →
 * /\bNew York\b/. Zones of one part (UTC), legacy country zones (US/Eastern) and Antarctica are
 * skipped, and so are cities that read as ordinary words (AMBIGUOUS_CITIES).
 */
function citiesFromRuntime(): Array<[RegExp, string]> {
  if (zoneCities) return zoneCities;
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  zoneCities = [];
  for (const zone of zones) {
    const parts = zone.split('/');
    if (parts.length < 2 || !/^(?:America|Europe|Asia|Africa|Australia|Atlantic|Indian|Pacific)$/.test(parts[0] ?? '')) continue;
    const city = (parts.at(-1) ?? '').replace(/_/g, ' ');
    if (city.length < 4 || AMBIGUOUS_CITIES.has(city)) continue;
    zoneCities.push([new RegExp(`\\b${city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), zone]);
  }
  return zoneCities;
}

/**
 * The zone a new round of this company folder starts in.
 *
 * @param companyName the folder's name as the candidate typed it ("Revolut — London").
 * @param localZone the candidate's own IANA zone (Intl.DateTimeFormat().resolvedOptions().timeZone
 *   where they run Dossier); undefined or invalid falls back to UTC.
 * @returns an IANA zone name: the first city the name mentions (a runtime zone's city, such as London or
 *   Hong Kong, or a common alias such as San Francisco → America/Los_Angeles, 北京 → Asia/Shanghai),
 *   else `localZone`, else "UTC". A round already saved keeps its own zone; this is only a default.
 */
export function defaultTimeZone(companyName: string, localZone: string | undefined): string {
  // The city named first wins ("Revolut London (recruiter in Boston)" is London).
  let best: { at: number; zone: string } | null = null;
  for (const [re, zone] of [...CITY_ALIASES, ...citiesFromRuntime()]) {
    const m = re.exec(companyName);
    if (m && (!best || m.index < best.at) && isValidTimeZone(zone)) best = { at: m.index, zone };
  }
  if (best) return best.zone;
  return localZone && isValidTimeZone(localZone) ? localZone : 'UTC';
}

/** The zone of the machine Dossier runs on (the candidate's laptop), or undefined if the runtime does not say. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
