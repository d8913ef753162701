import { describe, expect, it } from 'vitest';
import { htmlClasses, missingClasses, styledClasses } from '~/build/page-styles';

const forms = `/* fields */
.wb-field { margin: 0 0 1rem; }
.wb-input, .wb-textarea { width: 100%; padding: 0.5rem; }
@media print { .wb-choice:has(input:checked) { border-width: 4px; } }`;

describe('styledClasses', () => {
  it('names every class in the selectors, not in comments or values', () => {
    expect(styledClasses(forms)).toEqual(['wb-field', 'wb-input', 'wb-textarea', 'wb-choice']);
  });
});

describe('htmlClasses', () => {
  it('reads class attributes in both quotes, and the names in Alpine class bindings', () => {
    expect([...htmlClasses(`<p class="wb-hint  wb-x"></p><i class='wb-y'></i><b data-class="no">`)]).toEqual(['wb-hint', 'wb-x', 'wb-y']);
    expect(htmlClasses(`<div class="wb-a" x-bind:class="{ 'wb-field--error': failed }">`).has('wb-field--error')).toBe(true);
  });
});

describe('missingClasses', () => {
  const page = (style: string, body: string) => `<html><head><style>${style}</style></head><body>${body}</body></html>`;

  it('finds a class the page uses that its inline CSS does not style', () => {
    expect(missingClasses(page('.wb-field{margin:0}', '<div class="wb-field"><input class="wb-input"></div>'), forms)).toEqual(['wb-input']);
  });

  it('finds a class that a script of the page names (markup built in the browser)', () => {
    expect(missingClasses(page('', '<p>Hi</p>'), forms, ['li.className = "wb-choice";'])).toEqual(['wb-choice']);
    expect(missingClasses(page('', '<p>Hi</p>'), forms, ['el.classList.add("wb-big", "wb-input")'])).toEqual(['wb-input']);
    expect(missingClasses(page('', '<p>Hi</p>'), forms, ['li.innerHTML = `<span class="wb-x wb-field">`'])).toEqual(['wb-field']);
    // Looking for an element is not giving it the class.
    expect(missingClasses(page('', '<p>Hi</p>'), forms, ['document.querySelectorAll(".wb-input,.wb-choice")'])).toEqual([]);
  });

  it('is happy when the page carries the sheet, or uses none of it', () => {
    expect(missingClasses(page(forms, '<div class="wb-field"><input class="wb-input"></div>'), forms)).toEqual([]);
    expect(missingClasses(page('.wb-point{display:grid}', '<div class="wb-point"></div>'), forms)).toEqual([]);
  });
});
