// Type checks only (not in the bundle): what must not compile. (TypeScript never reports an
// unknown JSX attribute with a dash in its name, so a misspelt `oncit-…` goes unnoticed: only
// names without one are checked for existence.)
import type {} from 'cit-widgets/react';

export const wrong = (
  <>
    {/* @ts-expect-error `compact` is a boolean */}
    <cit-candidacy-check compact="yes" />
    {/* @ts-expect-error no such attribute (the attribute is booking-url, the property bookingUrl) */}
    <cit-clinic bookingurl="https://lumen-skin.example" />
    {/* @ts-expect-error the detail is the engine's result */}
    <cit-candidacy-check oncit-candidacy-complete={(event) => event.detail.nope} />
    {/* @ts-expect-error a handler for another event's detail */}
    <cit-candidacy-check oncit-candidacy-complete={(event: CustomEvent<number>) => event.detail} />
  </>
);
