// The theme from the address (?theme=dark): on the clinic, and the page's own colours to match.
const theme = new URLSearchParams(location.search).get('theme') ?? 'light';
document.addEventListener('DOMContentLoaded', () => {
  document.querySelector('cit-clinic')?.setAttribute('theme', theme);
  document.body.classList.toggle('dark', theme === 'dark');
});
