/**
 * The workbook's pictures: one registry, name → OpenMoji SVG.
 *
 * Every picture on the site comes from OpenMoji 17 (https://openmoji.org, CC BY-SA 4.0),
 * self-hosted: only the files imported here ship, so the 4,000+ other pictures in the
 * package never do. Pages draw them inline (`Picture.astro`, no request each); a page that
 * draws pictures from records in the browser uses their URL in `dist/_astro/`. Add a picture by adding one import
 * and one entry; the name is what content and forms use (`picture="handshake"`).
 * Find a hexcode by keyword in `node_modules/openmoji/data/openmoji.json`.
 */
import handshake from 'openmoji/color/svg/1F91D.svg';
import books from 'openmoji/color/svg/1F4DA.svg';
import people from 'openmoji/color/svg/1F465.svg';
import clipboard from 'openmoji/color/svg/1F4CB.svg';
import magnifier from 'openmoji/color/svg/1F50D.svg';
import abc from 'openmoji/color/svg/1F524.svg';
import gear from 'openmoji/color/svg/2699.svg';
import house from 'openmoji/color/svg/1F3E0.svg';
import info from 'openmoji/color/svg/2139.svg';
import printer from 'openmoji/color/svg/1F5A8.svg';
import speaker from 'openmoji/color/svg/1F50A.svg';
import lock from 'openmoji/color/svg/1F512.svg';
import calendar from 'openmoji/color/svg/1F4C5.svg';
import star from 'openmoji/color/svg/2B50.svg';
import speech from 'openmoji/color/svg/1F4AC.svg';
import question from 'openmoji/color/svg/2753.svg';
import target from 'openmoji/color/svg/1F3AF.svg';
import check from 'openmoji/color/svg/2705.svg';
import cross from 'openmoji/color/svg/274C.svg';
import briefcase from 'openmoji/color/svg/1F4BC.svg';
import graduation from 'openmoji/color/svg/1F393.svg';
import clock from 'openmoji/color/svg/1F552.svg';
import office from 'openmoji/color/svg/1F3E2.svg';
import computer from 'openmoji/color/svg/1F4BB.svg';
import park from 'openmoji/color/svg/1F333.svg';
import thumbsUp from 'openmoji/color/svg/1F44D.svg';
import footprints from 'openmoji/color/svg/1F463.svg';
import pencil from 'openmoji/color/svg/270F.svg';
import warning from 'openmoji/color/svg/26A0.svg';
import heart from 'openmoji/color/svg/2764.svg';
import scales from 'openmoji/color/svg/2696.svg';
import gift from 'openmoji/color/svg/1F381.svg';
import phone from 'openmoji/color/svg/1F4F1.svg';
import sick from 'openmoji/color/svg/1F912.svg';
import thinking from 'openmoji/color/svg/1F914.svg';
import sprout from 'openmoji/color/svg/1F331.svg';
import trophy from 'openmoji/color/svg/1F3C6.svg';
import ear from 'openmoji/color/svg/1F442.svg';
import signature from 'openmoji/color/svg/1F58A.svg';
import floppy from 'openmoji/color/svg/1F4BE.svg';
import muscle from 'openmoji/color/svg/1F4AA.svg';
import smilingFace from 'openmoji/color/svg/1F642.svg';
import neutralFace from 'openmoji/color/svg/1F610.svg';
import frowningFace from 'openmoji/color/svg/1F641.svg';
import microphone from 'openmoji/color/svg/1F3A4.svg';
import tent from 'openmoji/color/svg/1F3D5.svg';
import hourglass from 'openmoji/color/svg/23F3.svg';
import finishFlag from 'openmoji/color/svg/1F3C1.svg';
// Learn pages and hard words.
import ballot from 'openmoji/color/svg/1F5F3.svg';
import bridge from 'openmoji/color/svg/1F309.svg';
import bus from 'openmoji/color/svg/1F68C.svg';
import couch from 'openmoji/color/svg/1F6CB.svg';
import council from 'openmoji/color/svg/1F3DB.svg';
import door from 'openmoji/color/svg/1F6AA.svg';
import eyes from 'openmoji/color/svg/1F440.svg';
import heartHands from 'openmoji/color/svg/1FAF6.svg';
import holdingHands from 'openmoji/color/svg/1F9D1-200D-1F91D-200D-1F9D1.svg';
import homeScreen from 'openmoji/color/svg/1F4F2.svg';
import hugFace from 'openmoji/color/svg/1F917.svg';
import key from 'openmoji/color/svg/1F511.svg';
import lightBulb from 'openmoji/color/svg/1F4A1.svg';
import link from 'openmoji/color/svg/1F517.svg';
import map from 'openmoji/color/svg/1F5FA.svg';
import medal from 'openmoji/color/svg/1F3C5.svg';
import megaphone from 'openmoji/color/svg/1F4E3.svg';
import memo from 'openmoji/color/svg/1F4DD.svg';
import moneyBag from 'openmoji/color/svg/1F4B0.svg';
import officeWorker from 'openmoji/color/svg/1F9D1-200D-1F4BC.svg';
import palette from 'openmoji/color/svg/1F3A8.svg';
import puzzle from 'openmoji/color/svg/1F9E9.svg';
import raisedHand from 'openmoji/color/svg/270B.svg';
import repeat from 'openmoji/color/svg/1F501.svg';
import school from 'openmoji/color/svg/1F3EB.svg';
import soccer from 'openmoji/color/svg/26BD.svg';
import stopSign from 'openmoji/color/svg/1F6D1.svg';
import student from 'openmoji/color/svg/1F9D1-200D-1F393.svg';
// One picture, one idea (issue 14): pictures that took over ideas the "people" and "speech"
// pictures and some hard words had shared (tests/unit/content/one-picture-one-idea.test.ts).
import teacher from 'openmoji/color/svg/1F9D1-200D-1F3EB.svg';
import faceToFace from 'openmoji/color/svg/E246.svg';
import brain from 'openmoji/color/svg/1F9E0.svg';
import healthWorker from 'openmoji/color/svg/1F9D1-200D-2695-FE0F.svg';
import theater from 'openmoji/color/svg/1F3AD.svg';
import label from 'openmoji/color/svg/1F3F7.svg';
import group from 'openmoji/color/svg/E081.svg';
import talkTogether from 'openmoji/color/svg/E24A.svg';
import speakingHead from 'openmoji/color/svg/1F5E3.svg';
import mirror from 'openmoji/color/svg/1FA9E.svg';
import person from 'openmoji/color/svg/1F9D1.svg';
import factory from 'openmoji/color/svg/1F3ED.svg';
import circle from 'openmoji/color/svg/E249.svg';
import statueOfLiberty from 'openmoji/color/svg/1F5FD.svg';
import twoHearts from 'openmoji/color/svg/1F495.svg';
import walking from 'openmoji/color/svg/1F6B6.svg';
import compass from 'openmoji/color/svg/1F9ED.svg';
// Ruled out: an OpenMoji picture inside OpenMoji's no-sign (1F6AB), for "I do not…",
// "not…". Only these show a no-sign; the plain picture (couch) means the thing itself.
import noComplaining from './ruled-out/no-complaining.svg';
import noCounseling from './ruled-out/no-counseling.svg';
import noExpert from './ruled-out/no-expert.svg';
import noRescue from './ruled-out/no-rescue.svg';
// Learn tools: read aloud controls and page-to-page arrows.
import play from 'openmoji/color/svg/25B6.svg';
import pause from 'openmoji/color/svg/23F8.svg';
import stop from 'openmoji/color/svg/23F9.svg';
import arrowLeft from 'openmoji/color/svg/2B05.svg';
import arrowRight from 'openmoji/color/svg/27A1.svg';

/** Every picture the site may show, by name. */
export const pictures = {
  handshake, books, people, clipboard, magnifier, abc, gear, house, info, printer,
  speaker, lock, calendar, star, speech, question, target, check, cross, briefcase,
  graduation, clock, office, computer, park, thumbsUp, footprints, pencil, warning,
  heart, scales, gift, phone, sick, thinking, sprout, trophy, ear, signature, floppy,
  muscle,
  // Forms: mentee faces scale, activities, evaluation point.
  smilingFace, neutralFace, frowningFace, microphone, tent, hourglass, finishFlag,
  // Learn pages and hard words.
  ballot, bridge, bus, couch, council, door, eyes, heartHands, holdingHands,
  homeScreen, hugFace, key, lightBulb, link, map, medal, megaphone, memo, moneyBag,
  officeWorker, palette, puzzle, raisedHand, repeat, school, soccer, stopSign,
  student,
  // One picture, one idea.
  teacher, faceToFace, brain, healthWorker, theater, label, group, talkTogether,
  speakingHead, mirror, person, factory, circle, statueOfLiberty, twoHearts, walking,
  compass,
  // Ruled out.
  noComplaining, noCounseling, noExpert, noRescue,
  // Learn tools.
  play, pause, stop, arrowLeft, arrowRight,
} as const;

/** A picture's name in the registry. */
export type PictureName = keyof typeof pictures;

/** True when `name` is a picture in the registry. */
export function isPictureName(name: string): name is PictureName {
  return Object.hasOwn(pictures, name);
}

/**
 * The URL of a picture.
 * @throws when the name is not in the registry, so a typo fails the build.
 */
export function pictureUrl(name: string): string {
  return pictureComponent(name).src;
}

/**
 * A picture as an inline SVG component (Astro renders `<svg>…</svg>` into the page), with
 * its URL as `.src` for pages that draw pictures from records in the browser.
 * @throws when the name is not in the registry, so a typo fails the build.
 */
export function pictureComponent(name: string): (typeof pictures)[PictureName] {
  if (!isPictureName(name)) {
    throw new Error(`Unknown picture "${name}". Add it to src/pictures/index.ts.`);
  }
  return pictures[name];
}
