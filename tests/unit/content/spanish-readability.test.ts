import { describe, expect, test } from 'vitest';
import { spanishReadability, spanishSentences, spanishSyllables } from './spanish-readability';

describe('Spanish syllables', () => {
  test.each([
    ['comunidad', 4],
    ['día', 2],
    ['muy', 1],
    ['hoy', 1],
    ['que', 1],
    ['leer', 2],
    ['ayuda', 3],
    ['mentoría', 4],
    ['persona', 3],
    ['guía', 2],
    ['cuidado', 3],
    ['y', 1],
    ['discapacidad', 5],
    ['agencia', 3],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

test('sentences split at stops and line ends, numbers are not words', () => {
  expect(spanishSentences('Yo tengo 90 horas. ¿Y tú?\nHola')).toEqual(['Yo tengo 90 horas.', '¿Y tú?', 'Hola']);
});

test('short everyday sentences score as easy, long learned ones do not', () => {
  const easy = spanishReadability('Yo ayudo a mi amigo. Él va a la tienda. Yo voy con él. Los dos somos un buen equipo.');
  expect(easy.fernandezHuerta).toBeGreaterThan(80);
  const hard = spanishReadability(
    'La implementación de programas de acompañamiento entre pares requiere la coordinación interinstitucional de las organizaciones participantes y la evaluación sistemática de los resultados obtenidos.',
  );
  expect(hard.fernandezHuerta).toBeLessThan(40);
});
