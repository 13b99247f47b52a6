// LOINC codes of the standard instruments (RECORD.md), so their items and totals keep their meaning outside the practice.
import type { Coding } from './types.js';

export const loincSystem = 'http://loinc.org';

// Codes only: the item's own text says what was asked, in the words the person saw.
const loinc = (code: string): Coding => ({ system: loincSystem, code });

/** The PHQ-9 panel, its items in the order asked, and its totals (the PHQ-2 total when only the short form was asked). */
export const phqCodes = {
  panel: loinc('44249-1'),
  items: {
    phq1: loinc('44250-9'),
    phq2: loinc('44255-8'),
    phq3: loinc('44259-0'),
    phq4: loinc('44254-1'),
    phq5: loinc('44251-7'),
    phq6: loinc('44258-2'),
    phq7: loinc('44252-5'),
    phq8: loinc('44253-3'),
    phq9: loinc('44260-8'),
  } as Readonly<Record<string, Coding>>,
  total: loinc('44261-6'),
  shortTotal: loinc('55758-7'),
};

/** The GAD-7 panel, its items and its total (the GAD-2 total goes without a code). */
export const gadCodes = {
  panel: loinc('69737-5'),
  items: {
    gad1: loinc('69725-0'),
    gad2: loinc('68509-9'),
    gad3: loinc('69733-4'),
    gad4: loinc('69734-2'),
    gad5: loinc('69735-9'),
    gad6: loinc('69689-8'),
    gad7: loinc('69736-7'),
  } as Readonly<Record<string, Coding>>,
  total: loinc('70274-6'),
};

/** The C-SSRS screener's questions, 1 to 6 and "within the past 3 months" (its risk level is not a recorded answer). */
export const cssrsCodes: Readonly<Record<string, Coding>> = {
  cssrs1: loinc('93246-7'),
  cssrs2: loinc('93247-5'),
  cssrs3: loinc('93248-3'),
  cssrs4: loinc('93249-1'),
  cssrs5: loinc('93250-9'),
  cssrs6: loinc('93267-3'),
  cssrs6Recent: loinc('93269-9'),
};

/** The LOINC code of a field, where the field is an item of a standard instrument. */
export const itemCode = (fieldId: string): Coding | undefined =>
  phqCodes.items[fieldId] ?? gadCodes.items[fieldId] ?? cssrsCodes[fieldId];
