// The shape of a language's safety net: cue families (plain data) and the combinations that make a concern.
import type { RiskKind } from '../types.js';

/**
 * A family of cues: phrases in the lexicon pattern language (see ./types.ts), e.g. `walk*|walking ..2 into`.
 * - `weight`: what a match adds to a window's score (default 1);
 * - `mild`: everyday hyperbole material ("dead", "kill"): a laughter marker in the sentence cancels it;
 * - `negatable`: whether a negator in scope cancels it (default true; off for phrases that contain their negator).
 */
export interface NetFamily {
  p: readonly string[];
  weight?: number;
  mild?: boolean;
  negatable?: boolean;
}

/**
 * One combination: a match of an `anchor` family (the risk cue) fires `kind` at `concern` when, within `window`
 * tokens of it in the same sentence (or clause), every group of `with` has a member family, and the anchor's weight
 * plus the best weight of each group plus every distinct `boost` family in the window reaches `min`.
 */
export interface NetCombo {
  /** Rule id without the language prefix, e.g. `net.self-risk`. */
  id: string;
  kind: RiskKind;
  anchor: readonly string[];
  with: readonly (readonly string[])[];
  boost?: readonly string[];
  min: number;
  window: number;
  /**
   * `clause` keeps the whole window inside the anchor's clause (default `sentence`); `message` lets it reach into
   * neighbouring sentences (farewell cues are often one short sentence each).
   */
  scope?: 'clause' | 'sentence' | 'message';
  /**
   * The cue of the first `with` group is the person at risk (self) or acting: a `third` word between it and the
   * anchor means the anchor is about someone else ("I think my dad died").
   */
  subject?: boolean;
  /** Families that, anywhere in the sentence, make it benign for this combo ("chopping", "wart"). */
  unless?: readonly string[];
}

export interface NetLexicon {
  language: string;
  families: Readonly<Record<string, NetFamily>>;
  combos: readonly NetCombo[];
  /** Idioms: an anchor overlapping one of these is dropped ("dead tired", "dying to"). */
  idioms: readonly string[];
  /** Laughter and joke markers ("lol", "jk", "jaja"): they cancel `mild` anchors in their sentence. */
  laughter: readonly string[];
  /** Clinical, fictional or reporting context: in the same or the previous sentence, nothing fires. */
  context: readonly string[];
  /** Someone else as subject ("he", "my dad", "mi abuelo"). */
  third: readonly string[];
  /**
   * Words that, opening a sentence, imply the writer as subject ("been thinking ...", "wrote everyone a letter"):
   * each adds a cue of `family` there.
   */
  impliedSelf?: { family: string; p: readonly string[] };
}
