// The host page's own code, using the kit's engine the way a clinic's developer might.
window.CitWidgets.engine().then(({ assessCandidacy, toICS, parseProtocol }) => {
  window.__engine = {
    result: assessCandidacy({ concerns: ['acne-scars'], conditions: ['isotretinoin'], isotretinoinLastDose: '2026-08-31', today: '2026-11-22' }),
    ics: toICS({ events: [{ title: 'x', start: '2026-01-01' }], stamp: new Date(0) }).length,
    protocolError: (() => {
      try {
        parseProtocol('{"sessions":{"intervalWeeks":2}}');
        return '';
      } catch (error) {
        return error.message;
      }
    })(),
  };
});
window.__pageScriptRan = true;
