// PHQ/GAD items typed in English and Spanish: a digit is the score (not a position); words map to 0-3.
import { describe } from 'vitest';
import { bad, type Row, rowsFor } from './table.js';

const en: Row[] = [
  ['phq1', '0', 0],
  ['phq1', '1', 1],
  ['phq1', '2', 2],
  ['phq1', '3', 3],
  ['phq1', ' 3 ', 3],
  ['phq1', '#2', 2],
  ['phq1', '4', bad('no-match')],
  ['phq1', '9', bad('no-match')],
  ['phq1', '10', bad('no-match')],
  ['phq1', 'two', 2],
  ['phq1', 'zero', 0],
  ['phq1', 'the second one', 1],
  ['phq1', 'the last one', 3],
  ['phq1', 'not at all', 0],
  ['phq1', 'Not at all', 0],
  ['phq1', 'never', 0],
  ['phq1', 'no', 0],
  ['phq1', 'several days', 1],
  ['phq1', 'some days', 1],
  ['phq1', 'a few days', 1],
  ['phq1', 'more than half the days', 2],
  ['phq1', 'most days', 2],
  ['phq1', 'nearly every day', 3],
  ['phq1', 'every day', 3],
  ['phq1', 'all the time', 3],
  ['phq1', "honestly it's been nearly every day", 3],
  ['phq1', 'some days, not at all lately', bad('ambiguous')],
  ['phq1', '1 or 2', bad('one-only')],
  ['phq1', 'para nada', 0],
  ['phq1', 'purple', bad('no-match')],
  ['phq1', 'skip', bad('not-optional')],
  ['gad2', 'several days', 1],
  ['phq9', '0', 0],
  ['phq9', '1', 1],
];

const es: Row[] = [
  ['phq2', '0', 0],
  ['phq2', '3', 3],
  ['phq2', 'para nada', 0],
  ['phq2', 'ningún día', 0],
  ['phq2', 'nunca', 0],
  ['phq2', 'varios días', 1],
  ['phq2', 'VARIOS DIAS', 1],
  ['phq2', 'algunos días', 1],
  ['phq2', 'más de la mitad de los días', 2],
  ['phq2', 'la mayoría de los días', 2],
  ['phq2', 'casi todos los días', 3],
  ['phq2', 'todos los días', 3],
  ['phq2', 'tres', 3],
  ['phq2', 'la segunda', 1],
  ['phq2', '7', bad('no-match')],
  ['phq2', 'omitir', bad('not-optional')],
  ['gad1', 'every day', 3],
];

describe('scale, English', () => rowsFor('en', en));
describe('scale, Spanish', () => rowsFor('es', es));
