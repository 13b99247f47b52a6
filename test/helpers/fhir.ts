// Test helpers for the FHIR exports: the offline R4 validator, and the questionnaire's items found by linkId.
import fhirPackage from 'fhir';
import type {
  QuestionnaireItem,
  QuestionnaireResponse,
  ResponseAnswer,
  ResponseItem,
} from '../../src/record/fhir/types.js';

const fhir = new fhirPackage.Fhir();

/** FHIR JSON has no empty lists, empty objects, empty strings or nulls: where this resource has one. */
function emptyValues(value: unknown, path: string): string[] {
  if (value === null || value === '') return [`${path}: empty value`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${path}: empty list`];
    return value.flatMap((v, i) => emptyValues(v, `${path}[${i}]`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${path}: empty object`];
    return entries.flatMap(([k, v]) => emptyValues(v, `${path}.${k}`));
  }
  return [];
}

function validatorErrors(resource: object): { valid: boolean; errors: string[] } {
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  const errors = result.messages
    .filter((m) => m.severity === 'error' || m.severity === 'fatal')
    .map((m) => `${m.location}: ${m.message}`);
  return { valid: result.valid, errors };
}

/**
 * What the R4 validator finds wrong (errors and fatal problems; an unexpected property is an error too). The package
 * checks only the first level of `item` (it does not follow R4's `item.item` content reference), so every nested item
 * is also checked on its own, lifted to the first level (named by its linkId), and no empty value may appear anywhere.
 */
export function r4Problems(resource: { item?: { linkId: string; item?: unknown[] }[] }): {
  valid: boolean;
  errors: string[];
} {
  const whole = validatorErrors(resource);
  const items = allItems(resource.item as ItemTree[] | undefined);
  const lifted = validatorErrors({ ...resource, item: items.map(({ item: _children, ...own }) => own) });
  const named = lifted.errors.map((e) =>
    e.replace(/\.item\[(\d+)\]/, (_m, i: string) => `.item(${items[Number(i)]?.linkId})`),
  );
  const errors = [...whole.errors, ...named, ...emptyValues(resource, 'resource')];
  return { valid: whole.valid && lifted.valid && errors.length === 0, errors };
}

interface ItemTree {
  linkId: string;
  item?: ItemTree[];
}

/** Every item, groups included, depth first. */
export function allItems<T extends { item?: T[] }>(items: readonly T[] | undefined): T[] {
  return (items ?? []).flatMap((item) => [item, ...allItems(item.item)]);
}

/** The answers of a response by linkId. */
export function answersByLinkId(response: QuestionnaireResponse): Map<string, ResponseAnswer[]> {
  return new Map(
    allItems<ResponseItem>(response.item).flatMap((item) => (item.answer ? [[item.linkId, item.answer]] : [])),
  );
}

/** The linkIds and the threshold of the score expressions this export writes (see scoreExpression). */
function scoreCondition(expression: string): { items: string[]; atLeast: number } {
  const items = [...expression.matchAll(/linkId = '([^']+)'/g)].map((m) => m[1] ?? '');
  const atLeast = Number(/>= (\d+)$/.exec(expression)?.[1]);
  return { items, atLeast };
}

/** Whether a questionnaire item is enabled by these answers (enableWhen, or the SDC enableWhenExpression). */
export function isEnabled(item: QuestionnaireItem, answers: Map<string, ResponseAnswer[]>): boolean {
  const expression = item.extension?.find((e) => e.valueExpression)?.valueExpression?.expression;
  if (expression) {
    const { items, atLeast } = scoreCondition(expression);
    const scores = items.map((id) => answers.get(id)?.[0]?.valueInteger);
    if (scores.some((s) => s === undefined)) return false;
    return scores.reduce<number>((sum, s) => sum + (s ?? 0), 0) >= atLeast;
  }
  if (!item.enableWhen) return true;
  const results = item.enableWhen.map((condition) => {
    const given = answers.get(condition.question) ?? [];
    if (condition.operator === 'exists') return given.length > 0 === condition.answerBoolean;
    return given.some((a) => a.valueCoding?.code === condition.answerCoding?.code);
  });
  return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}
