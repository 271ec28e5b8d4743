// The page's own script sets properties before the kit has loaded (React 19 sets properties, not
// attributes, and may run first): the elements are not upgraded yet.
const clinic = document.querySelector('cit-clinic');
const planner = document.querySelector('cit-session-planner');
clinic.price = 350;
clinic.currency = 'EUR';
planner.concerns = ['acne-scars', 'pores'];
planner.sessions = 5;
planner.today = new Date(2026, 0, 10);
planner.start = new Date(2026, 0, 31);
