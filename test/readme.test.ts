import { expect } from '@open-wc/testing';
import { PROTOCOL_LIMITS } from '../src/core/protocol.js';

describe('README.md', () => {
  it('lists every protocol setting with its real default and range', async () => {
    const readme = await (await fetch('/README.md')).text();
    const table = readme.split('<!-- protocol-table -->')[1]?.split('<!-- /protocol-table -->')[0] ?? '';
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const expected = Object.entries(PROTOCOL_LIMITS).flatMap(([group, settings]) =>
      Object.entries(settings).map(([key, l]) => ['', `\`${group}.${key}\``, String(l.default), l.min === l.max ? 'fixed' : `${l.min}–${l.max} ${l.unit}`, '']),
    );
    expect(rows).to.deep.equal(expected);
  });
});
