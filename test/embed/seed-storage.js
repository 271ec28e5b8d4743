// Before the kit loads: what an earlier visit, another version of the kit or a tampering script
// left in this tab's storage (`?seed=` picks the case).
const SEEDS = {
  corrupt: '{"v":1,"screen":"result","answ',
  'older-version': JSON.stringify({ v: 0, screen: 'result', answers: { concerns: ['texture'], conditions: [] } }),
  tampered: JSON.stringify({ v: 1, screen: 'result', answers: { concerns: ['<img src=x onerror=alert(1)>'], conditions: [] } }),
  duplicates: JSON.stringify({ v: 1, screen: 'skin', answers: { concerns: Array(50_000).fill('texture'), conditions: [] } }),
  'bad-date': JSON.stringify({ v: 1, screen: 'result', answers: { concerns: ['texture'], conditions: ['isotretinoin'], isotretinoinLastDose: '20266-02-30' } }),
};
const seed = new URLSearchParams(location.search).get('seed');
sessionStorage.clear();
if (seed in SEEDS) {
  sessionStorage.setItem('cit-candidacy-check', SEEDS[seed]);
  sessionStorage.setItem('cit-recovery-timeline', '<b>2026-03-07T18:00</b>');
}
if (seed === 'throws') {
  for (const method of ['getItem', 'setItem', 'removeItem']) {
    Storage.prototype[method] = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  }
}
