import fc from 'fast-check';
import { segmentSentences as neu } from '/work/main/src/segment/sentences.ts';
import { segmentSentences as old } from './sentences.orig.ts';
const alphabet = fc.constantFrom(...'..... !?…"”’\')]( \n aAbUSsMrJanKlmz1 2.,-“‘[éÉ'.split(''), ' Mr', 'U.S', 'Sept', ' The', 'e.g', 'S', '...', 'messrs', 'u.s.a', 'A.B.C.D.E', 'a.b.c.d.e.f', ' Police', 'İ');
fc.assert(fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (t) => {
  const a = JSON.stringify(neu(t)), b = JSON.stringify(old(t));
  if (a !== b) throw new Error(JSON.stringify(t) + '\n' + a + '\n' + b);
}), { numRuns: 200000, seed: 42 });
console.log('ok');
