/**
 * Property tests run with one fixed seed, so a CI run cannot fail on a case that the next run would not
 * draw; `FC_SEED=<n>` picks another seed and `FC_SEED=random` lets fast-check draw one (it prints the
 * seed and the shrunk counterexample on failure: keep such a case as an explicit example in the test).
 */
import fc from 'fast-check';

const wanted = process.env.FC_SEED ?? '20261207';
if (wanted !== 'random') {
  const seed = Number(wanted);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${wanted}`);
  fc.configureGlobal({ seed });
}
