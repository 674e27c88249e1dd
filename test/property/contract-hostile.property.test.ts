/**
 * Contract properties against hostile plain data: the normalizers and adapters never throw, never
 * mutate their input and never touch Object.prototype. Split from contract.property.test.ts so each file finishes well within its time limit;
 * the seed and harness are shared (contract-harness.ts).
 */
import { baseUrlArb, hostileNumber } from './arbitraries.js';
import { expectNormalized, harmless, property, RUNS, SEED, SUBJECTS } from './contract-harness.js';

before(() => {
  console.info(`contract-hostile.property.test.ts: fast-check seed ${SEED}, ${RUNS} runs per property`);
});

describe('contract properties: hostile plain data', () => {
  for (const subject of SUBJECTS) {
    property(
      `${subject.name} never throws, returns, leaves its input unmutated and Object.prototype untouched`,
      [subject.input, baseUrlArb, hostileNumber],
      (input, baseUrl, extra) => {
        const result = harmless((value) => subject.run(value, baseUrl, extra), input);
        if (subject.normalizer) expectNormalized(result);
      },
    );
  }
});
