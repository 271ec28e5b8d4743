import { isCalendarDate, type CalendarDate, type LocalDateTime } from './dates.js';
import { CitInputError } from './errors.js';
import { compact, eventSchema, exclusiveEnd, type CalendarInput } from './calendar-event.js';
import { lazy, list, parseInput, quote, text, z } from './validate.js';

export { calendarLinks, type CalendarEvent, type CalendarInput } from './calendar-event.js';

const calendarSchema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    name: z.optional(text(200)),
    events: list(eventSchema(), 1, 500, 'events'),
  }),
);

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded, each continuation starting with a space.
 * Folds fall between characters, never inside a UTF-8 sequence.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines lose one octet to the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}


/** `DTSTART;VALUE=DATE:20260307` for a date, `DTSTART:20260307T180000` (floating) for a time. */
function dateProperty(name: string, value: CalendarDate | LocalDateTime): string {
  return isCalendarDate(value) ? `${name};VALUE=DATE:${compact(value)}` : `${name}:${compact(value)}00`;
}

function utcStamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A short, stable hash (FNV-1a): the same event gets the same UID, so re-importing updates it. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}


/** An iCalendar file (RFC 5545) of the events: CRLF line ends, folded lines, escaped text, reminders. */
export function toICS(input: CalendarInput): string {
  const { stamp = new Date(), ...calendar } = typeof input === 'object' && input !== null ? input : ({ events: input } as never);
  const valid = parseInput(calendarSchema, calendar, 'toICS');
  // Checked by hand: a zod date schema would add its code to the bundle for this one field.
  if (!(stamp instanceof Date) || Number.isNaN(stamp.getTime())) {
    throw new CitInputError([{ path: 'stamp', message: `${quote(String(stamp))} is not a valid Date` }], 'toICS');
  }
  const dtstamp = utcStamp(stamp);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cit-widgets//cit-widgets//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (valid.name) lines.push(`X-WR-CALNAME:${escapeText(valid.name)}`);
  valid.events.forEach((event, i) => {
    const end = exclusiveEnd(event);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${hash(`${event.title}|${event.start}|${i}`)}-${i}@cit-widgets`,
      `DTSTAMP:${dtstamp}`,
      dateProperty('DTSTART', event.start),
    );
    if (end !== undefined) lines.push(dateProperty('DTEND', end));
    lines.push(`SUMMARY:${escapeText(event.title)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.alarmMinutesBefore !== undefined) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:-PT${event.alarmMinutesBefore}M`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

