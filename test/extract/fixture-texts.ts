// The text of every fixture article (fixtures/**/*.txt), for tests that check a scanner against the
// regex that defines it on real news as well as on random strings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function fixtureTexts(): { file: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) files.push(p);
    }
  };
  walk(path.resolve(__dirname, '../../fixtures'));
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}
