// Sets attributes no HTML author could type by hand: 10 000 characters, markup, script URLs.
const bad = document.getElementById('bad');
bad.setAttribute('name', 'x'.repeat(10_000));
bad.setAttribute('phone', '<img src=x onerror="window.__injected=true">');
bad.setAttribute('booking-url', 'javascript:window.__injected=true');
document.getElementById('bad-timeline').setAttribute('treated-at', '9'.repeat(10_000));
document.getElementById('bad-check').setAttribute('today', '<img src=x onerror="window.__injected=true">'.repeat(300));
window.alert = () => (window.__injected = true);
