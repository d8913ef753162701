/**
 * Sets the language of each page before it renders, from its address (`/es/…` is Spanish),
 * so the words catalog, addresses and forms of that page come out in its language. Astro
 * renders static pages one at a time (build concurrency 1), so one value at a time is enough.
 */
import { defineMiddleware } from 'astro:middleware';
import { isLocale, setBuildLocale } from '~/i18n/locale';

export const onRequest = defineMiddleware((context, next) => {
  const locale = context.currentLocale;
  setBuildLocale(isLocale(locale) ? locale : 'en');
  return next();
});
