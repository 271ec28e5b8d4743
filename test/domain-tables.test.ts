import { expect } from '@open-wc/testing';
import { CONCERN_TABLE, CONCERNS, CONDITION_TABLE, CONDITIONS, PLAN_TABLE, PLANS } from '../src/core/domain.js';
import { PROTOCOL_LIMITS } from '../src/core/protocol.js';

/**
 * The clinical reference (docs/domain.md, a copy of the project's domain.md) against the engine and
 * the README's generated tables, row by row: ids in the same order, outcomes, wait rules, plans,
 * session counts and sources. A change to any of the three that the others do not follow fails here.
 */

type Row = string[];

/** The rows of the markdown table whose header starts with `header`, as trimmed cells (header and rule left out). */
function tableAfter(markdown: string, header: string): Row[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, `no table starting ${header}`).to.be.greaterThan(-1);
  const rows: Row[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows;
}

/** A README table between its markers. */
function readmeTable(readme: string, name: string): Row[] {
  const section = readme.split(`<!-- domain:${name} -->`)[1]?.split(`<!-- /domain:${name} -->`)[0] ?? '';
  return tableAfter(section.trim(), '|');
}

const ids = (cell: string) => [...cell.matchAll(/`([a-z-]+)`/g)].map((m) => m[1] as string);
const sourcesIn = (cell: string) => [...new Set(cell.match(/\b\d{3}\b/g) ?? [])].sort();
const sorted = (list: readonly string[]) => [...list].sort();

/** domain.md's fit column: good → good-fit; otherwise the outcome it names in backticks. */
function fitOutcome(cell: string): string {
  return cell.startsWith('good') ? 'good-fit' : (ids(cell)[0] as string);
}

/** domain.md's plan column: a plan id, or none ("—"), before any "(kit's reading …)". */
function planCell(cell: string): string | undefined {
  const id = cell.split(/\s/)[0] as string;
  return id === '—' ? undefined : id;
}

/** domain.md's wait rule column, as the engine's wait rule. */
function waitRule(cell: string): string | undefined {
  if (cell.startsWith('—')) return undefined;
  if (cell.includes('(no date)')) return 'undated';
  if (cell.startsWith('last dose + 6 months')) return 'isotretinoin-months';
  if (cell.startsWith('that treatment + 4 weeks')) return 'recent-treatment-weeks';
  throw new Error(`unknown wait rule: ${cell}`);
}

describe('the clinical tables', () => {
  let domain = '';
  let readme = '';
  before(async () => {
    domain = await (await fetch('/docs/domain.md')).text();
    readme = await (await fetch('/README.md')).text();
  });

  it('has every concern of domain.md in order, with its outcome, plan and sources, in the engine and the README', () => {
    const rows = tableAfter(domain, '| id | concern |');
    expect(rows.map((r) => r[0])).to.deep.equal([...CONCERNS]);
    const readmeRows = readmeTable(readme, 'concerns');
    expect(readmeRows.map((r) => ids(r[0] as string)[0])).to.deep.equal([...CONCERNS]);
    rows.forEach(([id, , fit, plan, sources], i) => {
      const row = CONCERN_TABLE[id as (typeof CONCERNS)[number]];
      expect(row.outcome, id).to.equal(fitOutcome(fit as string));
      expect(row.plan, id).to.equal(planCell(plan as string));
      expect(sorted(row.sources), id).to.deep.equal(sourcesIn(sources as string));
      const [, outcome, readmePlan, readmeSources] = readmeRows[i] as Row;
      expect([ids(outcome as string)[0], ids(readmePlan as string)[0], sourcesIn(readmeSources as string)], `README ${id}`).to.deep.equal([
        row.outcome,
        row.plan,
        sourcesIn(sources as string),
      ]);
    });
  });

  it('has every condition of domain.md in order, with its outcome, wait rule, history and sources, in the engine and the README', () => {
    const rows = tableAfter(domain, '| id | condition |');
    expect(rows.map((r) => r[0])).to.deep.equal([...CONDITIONS]);
    const readmeRows = readmeTable(readme, 'conditions');
    expect(readmeRows.map((r) => ids(r[0] as string)[0])).to.deep.equal([...CONDITIONS]);
    rows.forEach(([id, condition, outcome, wait, sources], i) => {
      const row = CONDITION_TABLE[id as (typeof CONDITIONS)[number]];
      expect(row.outcome, id).to.equal(ids(outcome as string)[0] ?? outcome);
      expect(row.wait, id).to.equal(waitRule(wait as string));
      expect(row.history === true, id).to.equal((condition as string).includes('(history)'));
      expect(sorted(row.sources), id).to.deep.equal(sourcesIn(sources as string));
      const [, readmeOutcome, readmeWait, asked, readmeSources] = readmeRows[i] as Row;
      expect(ids(readmeOutcome as string)[0], `README ${id}`).to.equal(row.outcome);
      expect(readmeWait === '—', `README ${id}`).to.equal(row.wait === undefined);
      expect(asked, `README ${id}`).to.equal(row.history ? 'history' : 'now');
      expect(sourcesIn(readmeSources as string), `README ${id}`).to.deep.equal(sourcesIn(sources as string));
    });
  });

  it('has every plan of domain.md, with its concerns, session counts and sources, in the engine and the README', () => {
    const rows = tableAfter(domain, '| plan id |');
    expect(sorted(rows.map((r) => r[0] as string))).to.deep.equal(sorted(PLANS));
    const readmeRows = readmeTable(readme, 'plans');
    expect(readmeRows.map((r) => ids(r[0] as string)[0])).to.deep.equal([...PLANS]);
    for (const [id, concerns, sessions, sources] of rows) {
      const plan = id as (typeof PLANS)[number];
      const limits = PROTOCOL_LIMITS.plans[plan];
      expect(PLAN_TABLE[plan].concerns, id).to.deep.equal((concerns as string).split(', '));
      expect(`${limits.default} (${limits.min}–${limits.max})`, id).to.equal(sessions);
      expect(sorted(PLAN_TABLE[plan].sources), id).to.deep.equal(sourcesIn(sources as string));
      const readmeRow = readmeRows.find((r) => ids(r[0] as string)[0] === id) as Row;
      expect([ids(readmeRow[1] as string), readmeRow[2], sourcesIn(readmeRow[3] as string)], `README ${id}`).to.deep.equal([
        (concerns as string).split(', '),
        sessions,
        sourcesIn(sources as string),
      ]);
    }
    // domain.md's priority: "the first of deep-acne-scars, significant, scars, refresh".
    const priority = domain.match(/the plan is the first of ([a-z-, ]+?)\s+that any concern/)?.[1]?.split(', ');
    expect(priority).to.deep.equal([...PLANS]);
  });

  it('maps every concern of a plan back to that plan, and no concern to two plans', () => {
    for (const concern of CONCERNS) {
      const plans = PLANS.filter((p) => PLAN_TABLE[p].concerns.includes(concern));
      expect(plans, concern).to.deep.equal(CONCERN_TABLE[concern].plan ? [CONCERN_TABLE[concern].plan] : []);
    }
  });
});
