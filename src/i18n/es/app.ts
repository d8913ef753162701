/**
 * Las palabras del marco del sitio, en Lectura Fácil (see `../en/app.ts` for what each is for).
 */
import type { Translation } from '../format';
import type { app as en, appMoments as enMoments, appProblems as enProblems } from '../en/app';

/**
 * A moment: "el domingo, 22 de noviembre a las 2:05 p. m." (day and time come from Intl).
 * It brings its own "el", so messages put `{moment}` straight after the verb:
 * "Guardaste la copia {moment}." reads right with "antes" too.
 */
export const appMoments = {
  'app.moment': 'el {day} a las {time}',
  'app.momentUnknown': 'antes',
} as const satisfies Translation<typeof enMoments>;

/** Cuando las palabras de un problema no cargan (see `../en/app.ts`). */
export const appProblems = {
  'app.problemFallback': 'Algo salió mal. Inténtalo otra vez, por favor. ¿Sigue sin funcionar? Pide ayuda a tu supervisor.',
} as const satisfies Translation<typeof enProblems>;

/** Words for the site's frame: name, menu, page titles, notices, dates. */
export const app = {
  // The language link: shown in Spanish on English pages (see the English catalog).
  'app.languageName': 'Español',
  'app.languageLinkLabel': 'Leer esta página en español',
  'app.homeLanguage': 'Lee el cuaderno en español',
  'app.name': 'Cuaderno de mentoría de pares',
  'app.description': 'Un cuaderno en Lectura Fácil para mentores de pares.',
  'app.skipLink': 'Ir al contenido principal',
  'app.offline': 'No tienes internet. Todo funciona igual. La tableta guarda todo.',
  'app.updateReady': 'Hay una versión nueva del cuaderno.',
  'app.reload': 'Cargar otra vez',
  'app.reloading': 'Un momento…',
  'app.mainMenu': 'Menú principal',
  'app.breadcrumbs': 'Estás aquí',
  'app.backTo': 'Volver a {page}',
  'app.footerPromise': 'Tus formularios quedan en esta tableta. La tableta no envía nada.',
  'app.aboutLink': 'Sobre este cuaderno',
  'app.helpLink': 'Ayuda',

  // The main parts of the site: menu, home page tiles and page titles.
  'app.home': 'Inicio',
  'app.learn': 'Aprender',
  'app.learnBlurb': 'Qué hace un mentor de pares',
  'app.mentees': 'Mis mentorados',
  'app.menteesBlurb': 'Planes y reuniones',
  'app.internship': 'Pasantía',
  'app.internshipBlurb': 'Tus 90 horas',
  'app.search': 'Buscar',
  'app.searchBlurb': 'Encuentra una página',
  'app.hardWords': 'Palabras difíciles',
  'app.hardWordsBlurb': 'Qué significan las palabras',
  'app.settings': 'Ajustes',
  'app.settingsBlurb': 'Tamaño de la letra y colores',

  // The home page.
  'app.homeDescription':
    'Un cuaderno en Lectura Fácil para mentores de pares. Aprende tu papel. Llena planes y formularios de reunión con tu mentorado.',
  'app.homeHeading': 'Te damos la bienvenida a tu cuaderno',
  'app.homeLead': 'Aprende a ser mentor de pares.\nLlena formularios con tu mentorado.\nTodo queda guardado en esta tableta.',

  ...appMoments,
  ...appProblems,
} as const satisfies Translation<typeof en>;
