import { html } from 'lit';
import { linksFor, type CalendarEvent, type CalendarInput } from '../core/calendar-event.js';
import type { Localize } from '../i18n/localize.js';

/**
 * Saves an .ics file in the browser: a Blob behind a temporary link, nothing sent anywhere. The
 * object URL is revoked once the click has been handled. The file writer is loaded on the first
 * click (most patients never ask for a file); the add-event links need only the event. If it
 * cannot load, the console says so and the links beside the button remain.
 */
export function downloadCalendar(input: CalendarInput, filename: string): void {
  import('../core/ics.js').then(
    ({ toICS }) => saveFile(toICS(input), filename),
    (error: unknown) => console.error(`cit-widgets: no calendar file (${String(error)})`),
  );
}

function saveFile(ics: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Google Calendar and Outlook links, for phones whose browser cannot open a downloaded file. */
export function renderCalendarLinks(t: Localize, event: CalendarEvent) {
  const links = linksFor(event);
  return html`<p class="calendar-links">
    ${t.term('calendar.otherApps')}
    <a href=${links.google} target="_blank" rel="noopener">Google Calendar</a> ·
    <a href=${links.outlook} target="_blank" rel="noopener">Outlook</a>
  </p>`;
}
