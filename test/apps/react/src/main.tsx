// The whole kit (every element registered), and React 19's JSX types for it.
import 'cit-widgets';
import type {} from 'cit-widgets/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [outcome, setOutcome] = useState('');
  const [sessions, setSessions] = useState('4');
  const [planned, setPlanned] = useState(0);
  return (
    <>
      {/* React 19 sets properties the elements have (bookingUrl, concerns …), attributes otherwise. */}
      <cit-clinic name="Lumen Skin Clinic" bookingUrl="https://lumen-skin.example/book?date={date}" currency="EUR" price="300">
        <cit-candidacy-check today="2026-12-01" oncit-candidacy-complete={(event) => setOutcome(event.detail.outcome)} />
        <cit-session-planner
          concerns="acne-scars"
          start="2027-01-04"
          today="2026-12-01"
          sessions={sessions}
          oncit-plan-change={(event) => setPlanned(event.detail.sessions.length)}
        />
        <cit-recovery-timeline treatedAt="2026-11-30T10:00" now="2026-12-01T09:00" last-session="false" />
      </cit-clinic>
      <output id="outcome">{outcome}</output>
      <output id="planned">{planned || ''}</output>
      <button id="more" onClick={() => setSessions('5')}>
        5 sessions
      </button>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
