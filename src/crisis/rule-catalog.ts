// The detector's rules: what each rule means (kind, level, how it combines), once for every language.
// The per-language lexicons (languages/*/rules.ts) give only each rule's phrases; a rule a language has no
// phrases for simply never fires in it.
import type { RiskKind, RiskLevel } from './types.js';

/** What a rule means, whichever language's phrases matched. */
export interface RuleMeta {
  kind: RiskKind;
  level: RiskLevel;
  /** Whether a negator in scope cancels it ("not suicidal"). Default true. */
  negatable?: boolean;
  /** Escalator: fires only when a hit of this kind is in the same or a neighbouring sentence. */
  needs?: RiskKind;
  /**
   * With `needs`: a weak cue ("Tonight is the night.", "Goodbye.", "I wrote letters for my kids"). Besides a base hit
   * of the needed kind, a match of a different cue rule of that kind in the same or a neighbouring sentence also lets
   * it fire: two cues together are a farewell, either alone is everyday talk.
   */
  cue?: boolean;
  /** Kind and level to report instead when the sentence is about the past ("when I was 16"). */
  past?: { kind: RiskKind; level: RiskLevel };
}

// biome-ignore format: one rule a line
export const ruleCatalog = {
  'suicide.word': { kind: 'suicide', level: 'concern' },
  'suicide.kill-self': { kind: 'suicide', level: 'concern' },
  'suicide.method-self': { kind: 'suicide', level: 'concern' },
  'suicide.slit': { kind: 'suicide', level: 'concern' },
  'suicide.want-die': { kind: 'suicide', level: 'concern' },
  'suicide.feel-like-dying': { kind: 'suicide', level: 'concern' },
  'suicide.no-will-to-live': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.no-reason-to-live': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.pointless-life': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.not-worth-living': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.tired-of-living': { kind: 'suicide', level: 'concern' },
  'suicide.better-off-without-me': { kind: 'suicide', level: 'concern' },
  'suicide.nobody-would-miss-me': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.burden': { kind: 'suicide', level: 'concern' },
  'suicide.never-born': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.sleep-forever': { kind: 'suicide', level: 'concern' },
  'suicide.only-way-out': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.make-it-stop': { kind: 'suicide', level: 'concern' },
  'suicide.disappear-forever': { kind: 'suicide', level: 'concern' },
  'suicide.end-life': { kind: 'suicide', level: 'concern' },
  'suicide.jump': { kind: 'suicide', level: 'concern' },
  'suicide.crash': { kind: 'suicide', level: 'concern' },
  'suicide.overdose-thoughts': { kind: 'suicide', level: 'concern' },
  'suicide.ways-to-die': { kind: 'suicide', level: 'concern' },
  'suicide.not-here-much-longer': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.hit-by': { kind: 'suicide', level: 'concern' },
  'suicide.death-appeal': { kind: 'suicide', level: 'concern' },
  'suicide.after-me': { kind: 'suicide', level: 'concern' },
  'suicide.goodbye': { kind: 'suicide', level: 'concern' },
  'suicide.intent': { kind: 'suicide', level: 'emergency' },
  'suicide.gun-to-self': { kind: 'suicide', level: 'emergency' },
  'suicide.stockpile': { kind: 'suicide', level: 'emergency' },
  'suicide.means-ready': { kind: 'suicide', level: 'emergency' },
  'suicide.loaded-gun': { kind: 'suicide', level: 'concern' },
  'suicide.farewell': { kind: 'suicide', level: 'emergency' },
  'suicide.time': { kind: 'suicide', level: 'emergency', needs: 'suicide' },
  'suicide.plan': { kind: 'suicide', level: 'emergency', needs: 'suicide' },
  'medical.overdose-taken': { kind: 'medical', level: 'emergency', past: { kind: 'suicide', level: 'concern' } },
  'medical.poisoning': { kind: 'medical', level: 'emergency', past: { kind: 'suicide', level: 'concern' } },
  'medical.bleeding': { kind: 'medical', level: 'emergency', negatable: false, past: { kind: 'self-harm', level: 'concern' } },
  'self-harm.word': { kind: 'self-harm', level: 'concern' },
  'self-harm.self-directed': { kind: 'self-harm', level: 'concern' },
  'self-harm.skin': { kind: 'self-harm', level: 'concern' },
  'self-harm.cutting': { kind: 'self-harm', level: 'concern' },
  'harm-to-others.urge': { kind: 'harm-to-others', level: 'concern' },
  'harm-to-others.hit-family': { kind: 'harm-to-others', level: 'concern' },
  'harm-to-others.weapon-to-place': { kind: 'harm-to-others', level: 'concern' },
  'harm-to-others.intent': { kind: 'harm-to-others', level: 'emergency' },
  'harm-to-others.weapon-and-target': { kind: 'harm-to-others', level: 'emergency' },
  'harm-to-others.afraid-to-hurt': { kind: 'harm-to-others', level: 'emergency' },
  'harm-to-others.plan': { kind: 'harm-to-others', level: 'emergency', needs: 'harm-to-others' },
  'unsafe-at-home.abuse': { kind: 'unsafe-at-home', level: 'concern' },
  'unsafe-at-home.abuse-words': { kind: 'unsafe-at-home', level: 'concern' },
  'unsafe-at-home.not-safe': { kind: 'unsafe-at-home', level: 'concern', negatable: false },
  'unsafe-at-home.fear': { kind: 'unsafe-at-home', level: 'concern' },
  'unsafe-at-home.control': { kind: 'unsafe-at-home', level: 'concern' },
  'unsafe-at-home.strangulation': { kind: 'unsafe-at-home', level: 'emergency' },
  'unsafe-at-home.child-victim': { kind: 'unsafe-at-home', level: 'emergency', needs: 'unsafe-at-home' },
  'unsafe-at-home.threat-to-life': { kind: 'unsafe-at-home', level: 'emergency' },
  'suicide.not-around-long': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.hope-something-ends-it': { kind: 'suicide', level: 'concern' },
  'suicide.at-the-edge': { kind: 'suicide', level: 'emergency' },
  'suicide.farewell-cue': { kind: 'suicide', level: 'emergency', needs: 'suicide', cue: true },
  'suicide.moment-cue': { kind: 'suicide', level: 'emergency', needs: 'suicide', cue: true },
  'medical.mixed-substances': { kind: 'medical', level: 'emergency', past: { kind: 'suicide', level: 'concern' } },
  'medical.child-ingested': { kind: 'medical', level: 'emergency' },
  'medical.wound': { kind: 'medical', level: 'emergency', negatable: false },
  'self-harm.burning': { kind: 'self-harm', level: 'concern' },
  'self-harm.restricting': { kind: 'self-harm', level: 'concern', negatable: false },
  'self-harm.again': { kind: 'self-harm', level: 'concern' },
  'harm-to-others.arson-revenge': { kind: 'harm-to-others', level: 'concern' },
  'harm-to-others.knows-when': { kind: 'harm-to-others', level: 'emergency' },
  'unsafe-at-home.violence': { kind: 'unsafe-at-home', level: 'concern' },
  'unsafe-at-home.death-threat': { kind: 'unsafe-at-home', level: 'emergency' },
  'suicide.longing-to-die': { kind: 'suicide', level: 'concern', negatable: false },
  'suicide.throw-self': { kind: 'suicide', level: 'concern' },
  'self-harm.hitting-scratching': { kind: 'self-harm', level: 'concern' },
  'harm-to-others.knows-where': { kind: 'harm-to-others', level: 'emergency' },
  'unsafe-at-home.leave-threat': { kind: 'unsafe-at-home', level: 'emergency' },
} as const satisfies Record<string, RuleMeta>;

export type RuleId = keyof typeof ruleCatalog;
