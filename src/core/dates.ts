/**
 * Calendar dates and wall-clock times, as domain.md's date conventions define them.
 *
 * A `CalendarDate` is `YYYY-MM-DD`; a `LocalDateTime` is `YYYY-MM-DDTHH:mm` in the patient's own
 * time zone. Both stay strings end to end (they sort and compare as text). Arithmetic goes through
 * UTC fields only as a calendar: no time zone is ever applied, so adding 48 h across a
 * daylight-saving change moves the wall clock by exactly two days.
 */

/** `YYYY-MM-DD`, a day in the patient's calendar. */
export type CalendarDate = string;
/** `YYYY-MM-DDTHH:mm`, a wall-clock time in the patient's own time zone. */
export type LocalDateTime = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** domain.md "Date conventions": the supported years. Input outside them is refused, and so is any computation that would leave them. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Thrown by the date arithmetic when a result would leave the supported years; engine functions turn it into a `CitInputError` naming their input. */
export class DateOutOfRangeError extends RangeError {
  constructor(readonly year: number) {
    super(`a computed date would fall in ${year}, outside the supported years ${MIN_YEAR}–${MAX_YEAR}`);
    this.name = 'DateOutOfRangeError';
  }
}

const inSupportedYears = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;

function checkYear(year: number): void {
  if (!inSupportedYears(year)) throw new DateOutOfRangeError(year);
}

/** True for a `YYYY-MM-DD` (or longer) value whose year is outside 1900–2199. */
export function isOutsideSupportedYears(value: string): boolean {
  return /^\d{4}-/.test(value) && !inSupportedYears(Number(value.slice(0, 4)));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real `YYYY-MM-DD` day in the supported years (rejects 2026-02-30, 2027-02-29 and 2200-01-01). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return inSupportedYears(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a real `YYYY-MM-DDTHH:mm` wall-clock time. */
export function isLocalDateTime(value: string): boolean {
  const m = DATE_TIME_PATTERN.exec(value);
  return !!m && isCalendarDate(value.slice(0, 10)) && Number(m[4]) <= 23 && Number(m[5]) <= 59;
}

/**
 * The date or wall-clock time as a UTC instant with the same fields: for arithmetic, and for
 * formatting with `timeZone: 'UTC'` so that no zone shifts the day shown.
 */
export function asUtcDate(value: CalendarDate | LocalDateTime): Date {
  const [y, mo, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  const h = value.length > 10 ? Number(value.slice(11, 13)) : 0;
  const mi = value.length > 10 ? Number(value.slice(14, 16)) : 0;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, 0, 0);
  return date;
}

const toUtcMs = (value: CalendarDate | LocalDateTime): number => asUtcDate(value).getTime();

function fromUtcMs(ms: number, withTime: boolean): string {
  const d = new Date(ms);
  checkYear(d.getUTCFullYear());
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return withTime ? `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
}

/** Adds whole days to a date, or to a wall-clock time (keeping its time of day). */
export function addDays<T extends CalendarDate | LocalDateTime>(value: T, days: number): T {
  return fromUtcMs(toUtcMs(value) + days * MS_PER_DAY, value.length > 10) as T;
}

export function addWeeks<T extends CalendarDate | LocalDateTime>(value: T, weeks: number): T {
  return addDays(value, weeks * 7);
}

/** Adds hours to a wall-clock time: the clock moves, whatever daylight-saving change lies between. */
export function addHours(value: LocalDateTime, hours: number): LocalDateTime {
  return fromUtcMs(toUtcMs(value) + hours * 60 * MS_PER_MINUTE, true);
}

/**
 * Adds calendar months, keeping the day of the month and clamping it to the month's last day:
 * 2026-08-31 + 6 months = 2027-02-28. Negative months count back the same way.
 */
export function addMonths<T extends CalendarDate | LocalDateTime>(value: T, months: number): T {
  const year = Number(value.slice(0, 4));
  const monthIndex = Number(value.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12 + 1;
  checkYear(targetYear);
  const day = Math.min(Number(value.slice(8, 10)), daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(day)}${value.slice(10)}` as T;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). Times of day are ignored. */
export function daysBetween(a: CalendarDate | LocalDateTime, b: CalendarDate | LocalDateTime): number {
  return Math.round((toUtcMs(b.slice(0, 10)) - toUtcMs(a.slice(0, 10))) / MS_PER_DAY);
}

/** Minutes from `a` to `b` on the wall clock. */
export function minutesBetween(a: LocalDateTime, b: LocalDateTime): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_MINUTE);
}

/**
 * A date or date and time written in a common, unambiguous shape, as the kit's own: a space
 * instead of `T` (`2026-11-30 19:00`, also `+` in a link, which reads as a space) and seconds
 * (`19:00:00`) are accepted; anything else is returned as given, for the validator to name.
 */
export function normalizeDateTime(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(text.trim());
  if (!m) return text;
  return m[2] ? `${m[1]}T${m[2]}` : (m[1] as string);
}

/** The later of two dates or times of the same shape (ISO strings compare as text). */
export const later = <T extends string>(a: T, b: T): T => (a >= b ? a : b);

/** The wall-clock time of an instant in the runtime's own time zone (for widgets reading the clock). */
export function localDateTimeOf(instant: Date): LocalDateTime {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** The calendar date of an instant in the runtime's own time zone. */
export function localDateOf(instant: Date): CalendarDate {
  return localDateTimeOf(instant).slice(0, 10);
}
