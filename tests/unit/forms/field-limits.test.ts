import { describe, expect, test } from 'vitest';
import { forms } from '~/forms';
import { allFields, answerMaxLength } from '~/lib/forms/fields';
import { answerProblem } from '~/lib/forms/to-schema';
import { checkFormValues } from '~/lib/storage/schema';

const typed = new Set(['text', 'textarea', 'goal', 'number']);

describe('every typed answer has a limit that storage can save', () => {
  for (const def of forms) {
    for (const field of allFields(def).filter((f) => typed.has(f.kind))) {
      test(`${def.id}: ${field.name}`, () => {
        const limit = answerMaxLength(field);
        expect(limit, 'a limit, even where the definition gives none').toBeGreaterThan(0);
        const max = limit ?? 0;
        const fill = field.kind === 'number' ? '1' : 'a';

        // At the limit, storage takes it; one more and the page says what to do before any save.
        expect(() => checkFormValues({ [field.name]: fill.repeat(max) })).not.toThrow();
        const problem = answerProblem(field, fill.repeat(max + 1));
        expect(problem).toMatch(/^(Write|Choose|Use|Type|Put)\b|number/i);
        expect(problem).not.toMatch(/went wrong/i);
      });
    }
  }

  test('"How long? Hours" no longer takes 20,000 characters', () => {
    const hours = forms.flatMap(allFields).find((f) => f.kind === 'number');
    expect(hours && answerMaxLength(hours)).toBeLessThanOrEqual(12);
    expect(hours && answerProblem(hours, '1'.repeat(20_000))).toBeTruthy();
  });
});
