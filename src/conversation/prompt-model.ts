// The channel-neutral output of a turn: messages with text and the prompt metadata outside clients rely on.
import type { InputKind } from '../../dialogs/types.js';
import type { ResourceKind } from '../crisis/types.js';
import type { Progress } from './progress.js';

export interface ChoiceMeta {
  value: string;
  title: string;
}

export interface CrisisMeta {
  /** `check-in`: the learned tier was unsure and the person is asked, gently, whether they are safe. */
  level: 'concern' | 'emergency' | 'check-in';
  kind: string;
  /** Who is at risk: the writer, or someone they wrote about; and whether that person is a child. */
  subject?: 'self' | 'someone-else';
  minor?: boolean;
  resources: { id: string; kind: ResourceKind; label: string; tel?: string; sms?: string; url?: string }[];
}

/** Exactly the shape of `channelData.intake` (CONVERSATION.md, "Machine-readable prompt metadata"). */
export interface IntakeMeta {
  step?: string;
  field?: string;
  input?: InputKind;
  choices?: ChoiceMeta[];
  optional?: boolean;
  progress?: Progress;
  crisis?: CrisisMeta;
  recordId?: string;
}

export interface SummaryLine {
  label: string;
  value: string;
}

/** One section of the review: its title, the answers in it, and the one choice that changes it. */
export interface ReviewSection {
  title: string;
  change: ChoiceMeta;
  lines: SummaryLine[];
}

export interface BotMessage {
  text: string;
  intake: IntakeMeta | null;
  /** Present on the question awaiting an answer (always the last message of a turn when there is one). */
  prompt?: {
    /** After three misses: offer the options only (buttons), no free typing hint. */
    optionsOnly: boolean;
    /** The review's answers by section, for a card. */
    summary?: ReviewSection[];
    /** The message without the review's answers, for a channel that shows them as a card (so they appear once). */
    question?: string;
  };
}
