// CommonJS: Node 20.19+ and 22.12+ require() an ES module.
const { planSessions } = require('cit-widgets/engine');

console.log(JSON.stringify(planSessions({ concerns: ['texture'], start: '2027-01-04' }).sessions.map((s) => s.date)));
