/**
 * Contract properties against cycles, throwing getters and (revoked) proxies: the normalizers and
 * adapters never throw, write through none of them and never touch Object.prototype. Split from
 * contract.property.test.ts so each file finishes well within its time limit; the seed and harness
 * are shared (contract-harness.ts).
 */
import { exoticArb, materialize } from './exotic.js';
import { baseUrlArb, hostileNumber } from './arbitraries.js';
import { summarize } from './checks.js';
import { expectNormalized, harmless, property, RUNS, SEED, SUBJECTS } from './contract-harness.js';

before(() => {
  console.info(`contract-exotic.property.test.ts: fast-check seed ${SEED}, ${RUNS} runs per property`);
});

describe('contract properties: cycles, throwing getters and proxies', () => {
  for (const subject of SUBJECTS) {
    property(
      `${subject.name} never throws on circular objects, throwing getters and (revoked) proxies with throwing traps, writes through none of them, and leaves Object.prototype untouched`,
      [exoticArb(subject.input), baseUrlArb, hostileNumber],
      (spec, baseUrl, extra) => {
        const { value, writes } = materialize(spec);
        const result = harmless((input) => subject.run(input, baseUrl, extra), value);
        if (writes.length > 0) throw new Error(`it wrote to a proxy: ${summarize(writes)}`);
        if (subject.normalizer) expectNormalized(result);
      },
    );
  }
});
