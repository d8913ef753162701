import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formIds } from '~/forms';
import { nounModule } from '~/build/form-nouns';

const source = `import type { RecordNoun } from '~/lib/forms/module';
import { shared } from '../shared-words-es';

const QUESTIONS = shared.map((row) => row);

/** A meeting. */
export const noun = { one: 'reunión', other: "reuniones" } satisfies RecordNoun;

export const es = { noun, title: 'Formulario de reunión', fields: QUESTIONS };
`;

describe('a form’s noun alone, for the records chunk', () => {
  test('keeps the noun and nothing else of the file', () => {
    const code = nounModule(source, 'es.ts');
    expect(code).toBe('export const noun = {"one":"reunión","other":"reuniones"};\n');
    expect(code).not.toContain('Formulario');
    expect(code).not.toContain('import');
  });

  test('stops the build, naming the file, when the noun is missing or not plain words', () => {
    expect(() => nounModule(source.replace('export const noun', 'const noun'), 'src/forms/x/es.ts')).toThrow(/src\/forms\/x\/es\.ts must export its record noun/);
    expect(() => nounModule(source.replace(`"reuniones"`, 'plural'), 'es.ts')).toThrow(/plain words/);
  });

  test('every form’s es.ts gives its noun this way', () => {
    for (const id of formIds) {
      const path = fileURLToPath(new URL(`../../../src/forms/${id}/es.ts`, import.meta.url));
      expect(nounModule(readFileSync(path, 'utf8'), path), id).toMatch(/^export const noun = \{"one":"[^"]+","other":"[^"]+"\};\n$/);
    }
  });
});
