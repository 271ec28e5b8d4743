import { html, nothing, type TemplateResult } from 'lit';
import type { ClinicSettings } from '../context.js';
import type { CalendarDate } from '../core/dates.js';
import type { Localize } from '../i18n/localize.js';
import { telUrl } from './attributes.js';

/** "Call …" as a `tel:` link (digits and `+`, and an extension), or nothing when the clinic gave no phone. */
export function renderCall(t: Localize, phone: string | undefined): TemplateResult | typeof nothing {
  return phone ? html`<a part="button" class="button" href=${telUrl(phone)}>${t.term('clinic.call', { phone })}</a>` : nothing;
}

/**
 * A talk with the clinic instead of a treatment booking (after `consult` or a wait with no date):
 * its booking link labelled as a consultation, its phone, or, with neither, a sentence. A
 * consultation is not a treatment date: the link's `{date}` is `today`, the day the patient asks
 * (dropping it would hand the booking page an empty date it may refuse).
 */
export function renderTalkToClinic(t: Localize, clinic: ClinicSettings | undefined, today: CalendarDate): TemplateResult {
  const consult = clinic?.bookingUrl
    ? html`<a part="button" class="button primary" href=${clinic.bookingUrl.replace('{date}', today)} target="_blank" rel="noopener"
        >${clinic.name ? t.term('clinic.consult', { clinic: clinic.name }) : t.term('clinic.consultGeneric')}</a
      >`
    : nothing;
  const call = renderCall(t, clinic?.phone);
  return consult === nothing && call === nothing ? html`<p>${t.term('clinic.consultNoContact')}</p>` : html`<div class="actions">${consult} ${call}</div>`;
}
