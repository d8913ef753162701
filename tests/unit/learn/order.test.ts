import { describe, expect, it } from 'vitest';
import { guideOrder, isGuidePage, learnHref, neighbours, sectionPages, type LearnLike } from '~/lib/learn/order';

const page = (id: string, section: string, order: number, title = id): LearnLike => ({ id, data: { title, order, section } });

const pages = [
  page('sup-b', 'supervisor', 2),
  page('pm-c', 'peer-mentor', 3),
  page('about', 'about', 1),
  page('pm-a', 'peer-mentor', 1),
  page('sup-a', 'supervisor', 1),
  page('help', 'about', 2),
  page('pm-b', 'peer-mentor', 2),
];

describe('sectionPages', () => {
  it('lists one section in order', () => {
    expect(sectionPages(pages, 'peer-mentor').map((p) => p.id)).toEqual(['pm-a', 'pm-b', 'pm-c']);
    expect(sectionPages(pages, 'supervisor').map((p) => p.id)).toEqual(['sup-a', 'sup-b']);
  });
  it('breaks a tie in order by title, so file order does not matter', () => {
    const tied = [page('z', 'peer-mentor', 1, 'Banana'), page('y', 'peer-mentor', 1, 'apple')];
    expect(sectionPages(tied, 'peer-mentor').map((p) => p.id)).toEqual(['y', 'z']);
  });
});

describe('guideOrder', () => {
  it('puts peer-mentor pages first, then supervisor pages, and leaves out About and Help', () => {
    expect(guideOrder(pages).map((p) => p.id)).toEqual(['pm-a', 'pm-b', 'pm-c', 'sup-a', 'sup-b']);
  });
});

describe('neighbours', () => {
  const guide = guideOrder(pages);
  it('has no previous page at the start', () => {
    expect(neighbours(guide, 'pm-a')).toEqual({ next: guide[1] });
  });
  it('goes across from the last peer-mentor page to the first supervisor page', () => {
    const { previous, next } = neighbours(guide, 'pm-c');
    expect(previous?.id).toBe('pm-b');
    expect(next?.id).toBe('sup-a');
  });
  it('has no next page at the end', () => {
    expect(neighbours(guide, 'sup-b')).toEqual({ previous: guide[3] });
  });
  it('has nothing for a page outside the guide', () => {
    expect(neighbours(guide, 'about')).toEqual({});
  });
});

describe('isGuidePage and learnHref', () => {
  it('sends guide pages to /learn/ and About and Help to the top of the site', () => {
    expect(isGuidePage(page('x', 'supervisor', 1))).toBe(true);
    expect(isGuidePage(page('about', 'about', 1))).toBe(false);
    expect(learnHref(page('code-of-ethics', 'peer-mentor', 6))).toBe('/learn/code-of-ethics/');
    expect(learnHref(page('help', 'about', 2))).toBe('/help/');
  });
});
