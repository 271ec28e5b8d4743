import { addDays, isCalendarDate, type CalendarDate, type LocalDateTime } from './dates.js';
import { CitInputError } from './errors.js';
import { dateOrTime, intRange, list, parseInput, quote, text, z } from './validate.js';

export interface CalendarEvent {
  title: string;
  /** A date (an all-day event) or a wall-clock time (a floating time: the same clock time wherever the phone is). */
  start: CalendarDate | LocalDateTime;
  /** Same form as `start`. For dates, the last day (inclusive); for times, the end time. */
  end?: CalendarDate | LocalDateTime | undefined;
  description?: string | undefined;
  /** Adds a reminder this many minutes before the start. */
  alarmMinutesBefore?: number | undefined;
}

export interface CalendarInput {
  /** The calendar's name, shown by some apps on import. */
  name?: string | undefined;
  events: readonly CalendarEvent[];
  /** When the file is made (DTSTAMP), as an instant; default now. */
  stamp?: Date | undefined;
}

const eventSchema = z
  .strictObject({
    title: text(200),
    start: dateOrTime,
    end: z.optional(dateOrTime),
    description: z.optional(text(2000, 0)),
    alarmMinutesBefore: z.optional(intRange(0, 60 * 24 * 28)),
  })
  .check(
    z.refine((event: { start: string; end?: string | undefined }) => !Object.hasOwn(event, 'end') || !event.end || (event.end.length === event.start.length && event.end >= event.start), {
      path: ['end'],
      error: (issue) => {
        const { start, end } = issue.input as { start: string; end: string };
        return end.length !== start.length
          ? `${quote(end)} must be the same form as start (${quote(start)}): both dates or both times`
          : `${quote(end)} is before start (${quote(start)})`;
      },
    }),
  );

const calendarSchema = z.strictObject({
  name: z.optional(text(200)),
  events: list(eventSchema, 1, 500, 'events'),
});

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

const compact = (value: string): string => value.replace(/[-:]/g, '');

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

/** The exclusive end RFC 5545 wants: the day after an all-day event's last day. */
function exclusiveEnd(event: { start: string; end?: string | undefined }): string | undefined {
  if (isCalendarDate(event.start)) return addDays(event.end ?? event.start, 1);
  return event.end;
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

/**
 * Add-event links for Google Calendar and Outlook, for phones whose browser cannot open a
 * downloaded .ics file (in-app browsers on iOS). Times stay floating: each calendar reads them in
 * its owner's time zone.
 */
export function calendarLinks(event: CalendarEvent): { google: string; outlook: string } {
  const valid = parseInput(eventSchema, event, 'calendarLinks');
  const allDay = isCalendarDate(valid.start);
  const end = exclusiveEnd(valid) ?? valid.start;
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: valid.title,
    dates: allDay ? `${compact(valid.start)}/${compact(end)}` : `${compact(valid.start)}00/${compact(end)}00`,
  });
  if (valid.description) google.set('details', valid.description);
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: valid.title,
    startdt: allDay ? valid.start : `${valid.start}:00`,
    enddt: allDay ? end : `${end}:00`,
    allday: String(allDay),
  });
  if (valid.description) outlook.set('body', valid.description);
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/action/compose?${outlook}`,
  };
}
