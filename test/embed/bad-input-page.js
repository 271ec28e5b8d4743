// Sets attributes no HTML author could type by hand: a 10 000-character name, markup, a script URL.
const bad = document.getElementById('bad');
bad.setAttribute('name', 'x'.repeat(10_000));
bad.setAttribute('phone', '<img src=x onerror="window.__injected=true">');
bad.setAttribute('booking-url', 'javascript:window.__injected=true');
window.alert = () => (window.__injected = true);
