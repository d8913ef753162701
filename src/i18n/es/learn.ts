/** Learn pages, hard words, read-aloud and search, in Lectura Fácil (see `../en/learn.ts`). */
import type { Translation } from '../format';
import type { learn as en } from '../en/learn';

export const learn = {
  // The Learn page and the guide's pages.
  'learn.description': 'Aprende qué hace un mentor de pares. Páginas cortas con dibujos.',
  'learn.lead': 'Aprende qué hace un mentor de pares.\nElige una página para leer.',
  'learn.forPeerMentors': 'Para mentores de pares',
  'learn.forSupervisors': 'Para supervisores y agencias',
  'learn.aboutThisPage': 'De qué habla esta página',
  'learn.contents': 'Contenido de esta parte',
  'learn.youAreHere': 'Estás aquí',
  'learn.prevNext': 'Página anterior y página siguiente',
  'learn.previous': 'Página anterior',
  'learn.next': 'Página siguiente',

  // Read aloud and print.
  'learn.readAloud': 'Leer esta página en voz alta',
  'learn.readAgain': 'Empezar otra vez',
  'learn.pause': 'Pausar',
  'learn.resume': 'Seguir',
  'learn.stop': 'Parar',
  'learn.print': 'Imprimir esta página',
  'learn.reading': 'La tableta lee en voz alta…',
  'learn.paused': 'En pausa',
  'learn.stopped': 'La lectura paró.',
  'learn.finished': 'La lectura terminó. Es el final de la página.',
  'learn.readFailed': 'La lectura paró. La tableta no pudo leer esta página en voz alta.',
  'learn.listen': 'Escuchar',
  'learn.listenPage': 'Escuchar esta página',
  'learn.listenStop': 'Parar',
  'learn.listenFailed': 'La lectura paró. La tableta no pudo leer esto en voz alta.',
  // On Spanish pages the tablet needs a Spanish voice.
  'learn.noVoice':
    'Esta tableta no puede leer en voz alta. No tiene una voz en español. Pide a alguien que agregue una voz en los ajustes de la tableta.',

  // Hard words.
  'learn.allHardWords': 'Todas las palabras difíciles',
  'learn.hardWordsDescription': 'Qué significan las palabras difíciles de este cuaderno, de la A a la Z.',
  'learn.hardWordsLead': 'Algunas palabras de este cuaderno son difíciles.\nAquí explicamos qué significan, de la A a la Z.',
  'learn.goToLetter': 'Ir a una letra',
  'learn.letter': 'Letra {letter}',
  'learn.backToLetters': 'Volver a las letras',

  // Search.
  'learn.searchDescription': 'Busca una palabra en el cuaderno.',
  'learn.searchLabel': 'Buscar en el cuaderno',
  'learn.searchHint': 'Escribe una palabra, como regalo o 90 horas.',
  // `learn`, `hardWords`: links to the pages Aprender and Palabras difíciles.
  'learn.searchNoScript': 'El buscador necesita JavaScript. Actívalo en tu navegador. O usa las páginas {learn} y {hardWords}.',
  'learn.results': 'Resultados',
  'learn.found': { one: 'Encontramos {count} página con “{query}”.', other: 'Encontramos {count} páginas con “{query}”.' },
  'learn.foundNone': 'No encontramos páginas con “{query}”.',
  'learn.searchBroken': 'El buscador no funciona ahora. Prueba otra vez más tarde.',
  'learn.tips': 'Consejos',
  'learn.tipSpelling': 'Revisa cómo escribiste la palabra.',
  // `word`: `tipOneWordExample` in bold; a word the Spanish pages use.
  'learn.tipOneWord': 'Prueba con una sola palabra, como {word}.',
  'learn.tipOneWordExample': 'mentorado',
  'learn.tipOtherWord': 'Prueba con otra palabra que significa lo mismo.',
  'learn.tipLook': 'Mira en {learn} o en {hardWords}.',
} as const satisfies Translation<typeof en>;
