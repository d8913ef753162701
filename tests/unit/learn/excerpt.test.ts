import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '~/lib/learn/excerpt';

describe('excerptParts', () => {
  it('keeps marked words apart from the rest', () => {
    expect(excerptParts('Do not take a <mark>gift</mark> from your mentee.')).toEqual([
      { text: 'Do not take a ', mark: false },
      { text: 'gift', mark: true },
      { text: ' from your mentee.', mark: false },
    ]);
  });
  it('drops every other tag, so no markup from the index reaches the page', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>Hi <script>bad()</script><b>there</b>');
    expect(parts).toEqual([{ text: 'Hi bad()there', mark: false }]);
  });
  it('turns escaped characters back into text', () => {
    expect(excerptParts('Tom &amp; Jo &lt;3 &#39;you&#x27; <mark>&quot;rapport&quot;</mark>')).toEqual([
      { text: "Tom & Jo <3 'you' ", mark: false },
      { text: '"rapport"', mark: true },
    ]);
  });
  it('leaves text that only looks like a tag', () => {
    expect(excerptParts('5 < 6 and 7 > 3')).toEqual([{ text: '5 < 6 and 7 > 3', mark: false }]);
  });
});

describe('decodeEntities', () => {
  it('keeps unknown references as they are', () => {
    expect(decodeEntities('&bogus; &#0; &amp;')).toBe('&bogus; &#0; &');
  });
});
