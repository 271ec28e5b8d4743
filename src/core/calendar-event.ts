import { addDays, isCalendarDate, type CalendarDate, type LocalDateTime } from './dates.js';
import { dateOrTime, intRange, lazy, parseInput, quote, text, z } from './validate.js';

// What a calendar entry is, and the add-event links a widget shows beside its calendar button.
// The .ics writer (ics.ts) is kept apart: a page loads it only when a patient asks for the file.

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

export const eventSchema = /* @__PURE__ */ lazy(() =>
  z
    .strictObject({
      title: text(200),
      start: dateOrTime(),
      end: z.optional(dateOrTime()),
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
    ),
);

/** Dates and times without separators, as calendar URLs and files write them. */
export const compact = (value: string): string => value.replace(/[-:]/g, '');

/** The exclusive end RFC 5545 wants: the day after an all-day event's last day. */
export function exclusiveEnd(event: { start: string; end?: string | undefined }): string | undefined {
  if (isCalendarDate(event.start)) return addDays(event.end ?? event.start, 1);
  return event.end;
}

/**
 * Add-event links for Google Calendar and Outlook, for phones whose browser cannot open a
 * downloaded .ics file (in-app browsers on iOS). Times stay floating: each calendar reads them in
 * its owner's time zone.
 */
export function calendarLinks(event: CalendarEvent): { google: string; outlook: string } {
  return linksFor(parseInput(eventSchema, event, 'calendarLinks'));
}

/** `calendarLinks` for an event the kit built from checked values (its widgets' sessions and reminders). */
export function linksFor(valid: CalendarEvent): { google: string; outlook: string } {
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
