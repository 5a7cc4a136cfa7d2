// Prints the dates of one sentence as JSON; dates.test.ts runs it under several TZ settings.
import { dateExtractor } from '../../src/extract/dates/index.js';

const text = process.argv[2] ?? '';
const mentions = dateExtractor.extract({ index: 0, paragraph: 0, start: 0, end: text.length, text }, { doc: 'probe', text, published: '2024-09-02' });
process.stdout.write(JSON.stringify(mentions));
