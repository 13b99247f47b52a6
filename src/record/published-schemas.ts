// The JSON Schemas integrators read, generated from the zod schemas that are the source of truth.
import { z } from 'zod';
import { practiceSettingsSchema } from '../config.js';
import { intakeRecordSchema } from './schema.js';

export function publishedSchemas(): Record<string, unknown> {
  return {
    'intake-record.schema.json': {
      ...z.toJSONSchema(intakeRecordSchema, { io: 'output', unrepresentable: 'any' }),
      title: 'IntakeRecord',
    },
    'practice-settings.schema.json': {
      ...z.toJSONSchema(practiceSettingsSchema, { io: 'input', unrepresentable: 'any' }),
      title: 'PracticeSettings',
    },
  };
}
