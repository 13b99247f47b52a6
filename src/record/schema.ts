// The intake record the practice receives (RECORD.md): one zod schema, the source of truth for its type and JSON Schema.
import { z } from 'zod';
import { riskKinds, riskLevels, riskSubjects, triageLevels } from '../../dialogs/crisis-policy.js';
import { checkInAnswers, riskSources } from '../../dialogs/intake-context.js';
import { stepIds } from '../../dialogs/types.js';

/** 2: detector events say who is at risk and whether a child; check-ins are recorded. */
export const recordSchemaVersion = 2;

const isoTime = z.iso.datetime({ offset: true });
const code = z.string().min(1).max(80);
const shortText = z.string().min(1).max(2000);

const scaleScore = z.object({
  form: z.enum(['phq-9', 'phq-2', 'gad-7', 'gad-2']),
  items: z.record(z.string(), z.number().int().min(0).max(3)),
  total: z.number().int().min(0).max(27),
  severity: z.string().optional(),
  positive: z.boolean().optional(),
});

export const intakeRecordSchema = z
  .object({
    id: z.string().min(1),
    reference: z.string().min(1),
    // Version 1 records read as they are: the fields added since have defaults.
    schemaVersion: z.union([z.literal(1), z.literal(recordSchemaVersion)]),
    status: z.enum(['in-progress', 'submitted', 'abandoned', 'declined']),
    review: z.object({
      state: z.enum(['new', 'in-review', 'contacted', 'closed']),
      by: z.string().nullable(),
      at: isoTime.nullable(),
      notes: z.array(z.object({ at: isoTime, by: z.string(), text: shortText })),
    }),
    triage: z.object({
      level: z.enum(triageLevels),
      kinds: z.array(z.enum(riskKinds)),
      reasons: z.array(z.string()),
      acknowledgedBy: z.string().optional(),
      acknowledgedAt: isoTime.optional(),
    }),
    locale: z.string().min(2),
    channel: z.string().min(1),
    createdAt: isoTime,
    updatedAt: isoTime,
    submittedAt: isoTime.nullable(),
    consent: z.object({ given: z.boolean(), at: isoTime, noticeVersion: z.string() }).nullable(),
    client: z.object({
      whoFor: code.optional(),
      preferredName: shortText.optional(),
      pronouns: code.optional(),
      ageRange: code.optional(),
      country: code.optional(),
      region: code.optional(),
    }),
    reasons: z.object({ codes: z.array(code), ownWords: shortText.optional() }),
    history: z.object({ priorTherapy: code.optional(), medication: code.optional() }),
    measures: z.object({ phq: scaleScore.optional(), gad: scaleScore.optional() }),
    goals: z.object({ codes: z.array(code), ownWords: shortText.optional() }),
    preferences: z.object({
      formats: z.array(code),
      availability: z.array(code),
      therapistGender: code.optional(),
      therapistLanguage: code.optional(),
      therapistNotes: shortText.optional(),
      payment: code.optional(),
      insuranceCarrier: shortText.optional(),
      carrierAccepted: z.boolean().optional(),
    }),
    safety: z.object({
      instrument: z.enum(['asq', 'c-ssrs-screener']),
      answers: z.record(z.string(), z.string()),
      result: z.enum(['negative', 'non-acute', 'acute']).optional(),
      selfReportedInChat: z.literal(true),
      detectorEvents: z.array(
        z.object({
          at: isoTime,
          step: z.enum(stepIds),
          kind: z.enum(riskKinds),
          level: z.enum(riskLevels),
          // Records written before these were kept say nothing of them: the writer, an adult.
          subject: z.enum(riskSubjects).default('self'),
          minor: z.boolean().default(false),
          source: z.enum(riskSources),
        }),
      ),
      checkIns: z
        .array(
          z.object({
            at: isoTime,
            step: z.enum(stepIds),
            kindGuess: z.enum(riskKinds),
            band: z.literal('check-in'),
            answer: z.enum(checkInAnswers),
          }),
        )
        .default([]),
      resourcesShown: z.array(z.string()),
      statements: z.array(
        z.object({ at: isoTime, kind: z.enum(['safe-now', 'safe-to-chat', 'denial']), value: z.string() }),
      ),
    }),
    contact: z.object({
      firstName: shortText.optional(),
      lastName: shortText.optional(),
      email: z.string().optional(),
      phone: z
        .string()
        .regex(/^\+[1-9]\d{6,14}$/)
        .optional(),
      contactMethods: z.array(code),
      voicemailOk: z.boolean(),
      textOk: z.boolean(),
      bestTimes: z.array(code).optional(),
      discreet: z.boolean(),
    }),
    answers: z.array(
      z.object({
        field: z.string(),
        step: z.enum(stepIds),
        at: isoTime,
        value: z.union([z.string(), z.number(), z.array(z.string()), z.null()]),
        amended: z.boolean(),
      }),
    ),
  })
  .superRefine((record, ctx) => {
    if (record.status !== 'submitted') return;
    // A submitted intake always has consent and a way to reach the person.
    if (!record.consent?.given)
      ctx.addIssue({ code: 'custom', path: ['consent'], message: 'submitted without consent' });
    if (!record.contact.firstName || !(record.contact.email || record.contact.phone)) {
      ctx.addIssue({ code: 'custom', path: ['contact'], message: 'submitted without a way to contact the person' });
    }
  });

export type IntakeRecord = z.infer<typeof intakeRecordSchema>;
