// A practice's two years of intakes for `bench:review`, drawn from real records: a realistic mix of triage levels,
// completion states, review states, dates and names (common names common, rare ones rare), the same on every run.
import type { Insertable } from 'kysely';
import type { IntakeRecord } from '../record/schema.js';
import type {
  AlertAcknowledgementsTable,
  CrisisEventsTable,
  RecordsTable,
  ReviewNotesTable,
} from '../store/database.js';
import { queueColumns } from '../store/queue-columns.js';
import { recordRow } from '../store/record-rows.js';
import type { ReviewState } from '../store/review-types.js';

/** Seeded (mulberry32), so every run and both dialects hold the same population and the figures compare. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const firstNames = (
  'Maria James Mary John Linda Robert Michael Patricia David Jennifer William Elizabeth Richard Barbara Joseph ' +
  'Susan Thomas Jessica Charles Sarah Daniel Karen Matthew Nancy Anthony Lisa Mark Betty Donald Sandra Steven ' +
  'Ashley Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy ' +
  'Stephanie Ronald Rebecca Jason Laura Edward Sharon Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas ' +
  'Shirley Eric Anna Jonathan Brenda Stephen Pamela Larry Emma Justin Nicole Scott Helen Brandon Samantha Benjamin ' +
  'Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Catherine Jack ' +
  'Heather Dennis Diane Jerry Ruth Tyler Julie Aaron Olivia Jose Joyce Adam Virginia Nathan Victoria Henry Kelly ' +
  'Zachary Lauren Douglas Christina Peter Joan Kyle Evelyn Noah Judith Ethan Megan Jeremy Andrea Walter Cheryl ' +
  'Christian Hannah Keith Jacqueline Roger Martha Terry Madison Austin Teresa Sean Gloria Gerald Sara Carl Janice ' +
  'Harold Ann Dylan Kathryn Arthur Abigail Lawrence Sophia Jordan Frances Jesse Jean Bryan Alice Billy Judy Bruce ' +
  'Isabella Gabriel Julia Joe Grace Logan Amber Alan Denise Juan Danielle Albert Marilyn Willie Beverly Elijah ' +
  'Charlotte Wayne Natalie Randy Theresa Vincent Diana Mason Brittany Roy Doris Ralph Kayla Bobby Alexis Russell ' +
  'Lori Bradley Marie Philip Lucía Mateo Sofía Santiago Valentina Alejandro Camila Diego Ximena Wei Mei Hiroshi ' +
  'Yuki Aarav Priya Mohammed Fatima Kwame Amara Siobhán Niamh Björn Zoë'
).split(' ');

const lastNames = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson ' +
  'Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson ' +
  'Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell ' +
  'Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris ' +
  'Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward ' +
  'Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel ' +
  'Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes ' +
  'Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno ' +
  'West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens ' +
  'Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns ' +
  'Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer ' +
  'Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson ' +
  'Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen ' +
  'Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado ' +
  'Ray Delgado Berry Perkins Hoffman Johnston Matthews Peña Richards Contreras Willis Carpenter Lawrence Sandoval ' +
  "Núñez O'Brien Nakamura Okafor Kowalski Lindqvist Abernathy-Cole Súilleabháin Yılmaz Haddad Mensah Dubois"
).split(' ');

/** Weights 1/(rank+10): the commonest name is about 3% of people, as in a real population, and the tail is long. */
function weightedPicker<T>(items: readonly T[]): (random: () => number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= items.length; rank++) {
    total += 1 / (rank + 10);
    cumulative.push(total);
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return items[low] as T;
  };
}

export const pickFirstName = weightedPicker(firstNames);
export const pickLastName = weightedPicker(lastNames);

function choose<T extends string>(random: () => number, shares: Readonly<Record<T, number>>): T {
  let target = random();
  const entries = Object.entries(shares) as [T, number][];
  for (const [value, share] of entries) {
    target -= share;
    if (target < 0) return value;
  }
  return (entries.at(-1) as [T, number])[0];
}

/** The real records a population is drawn from: one per triage level the demos reach. */
export interface Templates {
  emergency: IntakeRecord;
  urgent: IntakeRecord;
  calm: readonly IntakeRecord[];
}

/** One intake as the store's tables hold it, with what came with it: its detector event, acknowledgement, note. */
export interface PopulatedIntake {
  record: Insertable<RecordsTable>;
  event: Insertable<CrisisEventsTable> | undefined;
  acknowledgement: Insertable<AlertAcknowledgementsTable> | undefined;
  note: Insertable<ReviewNotesTable> | undefined;
}

const day = 86_400_000;
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Older intakes have mostly been dealt with; this week's mostly wait. */
function reviewStateFor(random: () => number, ageDays: number): ReviewState {
  if (ageDays < 7) return choose(random, { new: 0.6, 'in-review': 0.25, contacted: 0.15, closed: 0 });
  if (ageDays < 30) return choose(random, { new: 0.05, 'in-review': 0.15, contacted: 0.4, closed: 0.4 });
  return choose(random, { new: 0.02, 'in-review': 0.03, contacted: 0.1, closed: 0.85 });
}

/**
 * The `index`-th intake of the population, created within two years before `now`: about 0.5% emergency, 1.5%
 * urgent, 4% concern; flags older than a day acknowledged (a practice acknowledges within hours), so a handful wait.
 */
export function populatedIntake(
  index: number,
  random: () => number,
  templates: Templates,
  now: number,
  nameIndexKey: Uint8Array,
): PopulatedIntake {
  const level = choose(random, { emergency: 0.005, urgent: 0.015, concern: 0.04, none: 0.94 });
  const created = now - Math.floor(random() * 730 * day);
  const ageDays = (now - created) / day;
  let status = choose(random, { submitted: 0.65, abandoned: 0.25, 'in-progress': 0.03, declined: 0.07 });
  // An intake left for more than a day has been marked abandoned by the service.
  if (status === 'in-progress' && ageDays > 1) status = 'abandoned';
  const template =
    level === 'emergency'
      ? templates.emergency
      : level === 'urgent'
        ? templates.urgent
        : (templates.calm[index % templates.calm.length] as IntakeRecord);
  const at = (ms: number) => new Date(ms).toISOString();
  const submittedAt = status === 'submitted' ? at(created + 25 * 60_000) : null;
  const id = `bench-${index.toString(36).padStart(6, '0')}-${Math.floor(random() * 1e9).toString(36)}`;
  const reference = Array.from({ length: 6 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const record: IntakeRecord = {
    ...template,
    id,
    reference: `${reference.slice(0, 3)}-${reference.slice(3)}`,
    status,
    createdAt: at(created),
    updatedAt: submittedAt ?? at(created + 12 * 60_000),
    submittedAt,
    triage:
      level === 'concern'
        ? { level, kinds: ['self-harm'], reasons: ['detector:self-harm:concern'] }
        : { ...template.triage, level },
    contact: { ...template.contact, firstName: pickFirstName(random), lastName: pickLastName(random) },
  };
  const flagged = level !== 'none';
  const acknowledged = flagged && ageDays > 1;
  const review = reviewStateFor(random, ageDays);
  const reviewedAt = review === 'new' ? null : at(created + 3 * 3_600_000);
  const row: Insertable<RecordsTable> = {
    ...recordRow(record),
    ...queueColumns(record, flagged && !acknowledged, nameIndexKey),
    review_state: review,
    review_by: reviewedAt ? 'clinician@practice.example' : null,
    review_at: reviewedAt,
  };
  return {
    record: row,
    // Urgent comes from the screen's answers, the others from the detector, as in real intakes.
    event:
      flagged && level !== 'urgent'
        ? {
            record_id: id,
            conversation_key: `bench:${id}`,
            at: at(created + 5 * 60_000),
            step: 'about',
            field: 'reasonsOwnWords',
            kind: record.triage.kinds[0] ?? 'suicide',
            level: level === 'emergency' ? 'emergency' : 'concern',
            source: 'detector',
            rules: '[]',
            created_at: at(created + 5 * 60_000),
          }
        : undefined,
    acknowledgement: acknowledged
      ? { record_id: id, acknowledged_by: 'clinician@practice.example', acknowledged_at: at(created + 3_600_000) }
      : undefined,
    note:
      review === 'contacted' || review === 'closed'
        ? {
            record_id: id,
            author: 'clinician@practice.example',
            at: reviewedAt ?? at(created),
            text: 'Called back; first session booked.',
          }
        : undefined,
  };
}
