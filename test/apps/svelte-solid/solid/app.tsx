import 'cit-widgets';
import type {} from 'cit-widgets/solid';
import { createSignal } from 'solid-js';

export function App() {
  const [outcome, setOutcome] = createSignal('');
  return (
    <>
      {/* Solid sets the elements' properties; on:<event> listens for the event as named. */}
      <cit-clinic name="Lumen Skin Clinic" bookingUrl="https://lumen-skin.example/book" currency="EUR" price="300">
        <cit-candidacy-check today="2026-12-01" compact on:cit-candidacy-complete={(event) => setOutcome(event.detail.outcome)} />
        <cit-session-planner concerns="acne-scars" start="2027-01-04" on:cit-plan-change={(event) => console.log(event.detail.sessions.length)} />
        <cit-recovery-timeline treatedAt="2026-11-30T10:00" last-session="false" />
      </cit-clinic>
      <output>{outcome()}</output>
      {/* Type checks only: what must not compile. */}
      {/* @ts-expect-error `compact` is a boolean */}
      <cit-candidacy-check compact="yes" />
      {/* @ts-expect-error the detail is the engine's result */}
      <cit-candidacy-check on:cit-candidacy-complete={(event) => event.detail.nope} />
    </>
  );
}
