// Test fixtures: the titles a real run would resolve from locales, and contexts built from them.
import { fieldById } from '../../dialogs/steps/index.js';
import type { FieldDefinition } from '../../dialogs/types.js';
import type { ChoiceOption, UnderstandingContext } from '../../src/understanding/index.js';

type Titles = Record<string, [en: string, es: string]>;

/** Titles as the product might word them (en, es); the matcher must work from these plus codes and synonyms. */
export const titles: Record<string, Titles> = {
  start: { start: ['Start', 'Empezar'], 'not-now': ['Not now', 'Ahora no'], language: ['Español', 'English'] },
  yesNo: { yes: ['Yes', 'Sí'], no: ['No', 'No'], 'prefer-not': ['Prefer not to say', 'Prefiero no decirlo'] },
  whoFor: {
    myself: ['Myself', 'Para mí'],
    'my-child': ['My child', 'Mi hijo o hija'],
    couple: ['Us as a couple', 'Nosotros como pareja'],
    family: ['Our family', 'Nuestra familia'],
  },
  pronouns: { she: ['She/her', 'Ella'], he: ['He/him', 'Él'], they: ['They/them', 'Elle'], other: ['Other', 'Otros'] },
  ageRange: {
    'under-18': ['Under 18', 'Menos de 18'],
    '18-24': ['18–24', '18–24'],
    '25-34': ['25–34', '25–34'],
    '35-44': ['35–44', '35–44'],
    '45-64': ['45–64', '45–64'],
    '65-plus': ['65 or older', '65 o más'],
  },
  country: {
    US: ['United States', 'Estados Unidos'],
    CA: ['Canada', 'Canadá'],
    GB: ['United Kingdom', 'Reino Unido'],
    AU: ['Australia', 'Australia'],
    ES: ['Spain', 'España'],
    MX: ['Mexico', 'México'],
    other: ['Somewhere else', 'Otro país'],
  },
  region: {
    MA: ['Massachusetts', 'Massachusetts'],
    NY: ['New York', 'Nueva York'],
    CA: ['California', 'California'],
  },
  reasons: {
    anxiety: ['Anxiety or worry', 'Ansiedad o preocupación'],
    'low-mood': ['Low mood', 'Ánimo bajo'],
    stress: ['Stress', 'Estrés'],
    relationships: ['Relationships', 'Relaciones'],
    family: ['Family', 'Familia'],
    grief: ['Grief or loss', 'Duelo o pérdida'],
    trauma: ['Trauma', 'Trauma'],
    'life-changes': ['Life changes', 'Cambios de vida'],
    'work-school': ['Work or school', 'Trabajo o estudios'],
    'self-esteem': ['Self-esteem', 'Autoestima'],
    sleep: ['Sleep', 'Sueño'],
    'substance-use': ['Alcohol or drugs', 'Alcohol o drogas'],
    anger: ['Anger', 'Ira'],
    other: ['Something else', 'Otra cosa'],
  },
  priorTherapy: {
    current: ["Yes, I'm in therapy now", 'Sí, estoy en terapia ahora'],
    past: ['Yes, in the past', 'Sí, en el pasado'],
    never: ['No, never', 'No, nunca'],
  },
  measure: {
    '0': ['Not at all', 'Para nada'],
    '1': ['Several days', 'Varios días'],
    '2': ['More than half the days', 'Más de la mitad de los días'],
    '3': ['Nearly every day', 'Casi todos los días'],
  },
  goals: {
    'less-anxious': ['Feel less anxious', 'Sentir menos ansiedad'],
    'better-mood': ['Feel better in my mood', 'Mejorar mi ánimo'],
    'handle-stress': ['Handle stress', 'Manejar el estrés'],
    relationships: ['Better relationships', 'Mejores relaciones'],
    'work-through-loss': ['Work through a loss', 'Superar una pérdida'],
    confidence: ['More confidence', 'Más confianza'],
    'change-habit': ['Change a habit', 'Cambiar un hábito'],
    'understand-myself': ['Understand myself', 'Entenderme mejor'],
    other: ['Something else', 'Otra cosa'],
  },
  formats: {
    'in-person': ['In person', 'En persona'],
    video: ['Video', 'Videollamada'],
    phone: ['Phone', 'Teléfono'],
    messaging: ['Messaging', 'Mensajes'],
    'no-preference': ['No preference', 'Sin preferencia'],
  },
  availability: {
    'weekday-mornings': ['Weekday mornings', 'Mañanas entre semana'],
    'weekday-afternoons': ['Weekday afternoons', 'Tardes entre semana'],
    'weekday-evenings': ['Weekday evenings', 'Noches entre semana'],
    weekends: ['Weekends', 'Fines de semana'],
  },
  therapistGender: {
    woman: ['A woman', 'Una mujer'],
    man: ['A man', 'Un hombre'],
    'non-binary': ['A non-binary person', 'Una persona no binaria'],
    'no-preference': ['No preference', 'Sin preferencia'],
  },
  therapistLanguage: {
    en: ['English', 'Inglés'],
    es: ['Spanish', 'Español'],
    'no-preference': ['No preference', 'Sin preferencia'],
  },
  payment: {
    insurance: ['Insurance', 'Seguro médico'],
    'self-pay': ['Paying myself', 'Pago privado'],
    'not-sure': ['Not sure yet', 'Aún no lo sé'],
  },
  contactMethods: {
    email: ['Email', 'Correo'],
    phone: ['Phone call', 'Llamada'],
    text: ['Text message', 'Mensaje de texto'],
  },
  medication: { yes: ['Yes', 'Sí'], no: ['No', 'No'], 'prefer-not': ['Prefer not to say', 'Prefiero no decirlo'] },
  continueIntake: { continue: ['Continue', 'Continuar'], stop: ['Stop here', 'Parar aquí'] },
  review: {
    submit: ['Send it', 'Enviar'],
    'edit-about': ['Edit: about you', 'Editar: sobre ti'],
    'edit-reasons': ['Edit: reasons', 'Editar: motivos'],
    'edit-history': ['Edit: history', 'Editar: historial'],
    'edit-measures': ['Edit: questionnaire', 'Editar: cuestionario'],
    'edit-goals': ['Edit: goals', 'Editar: objetivos'],
    'edit-preferences': ['Edit: preferences', 'Editar: preferencias'],
    'edit-contact': ['Edit: contact', 'Editar: contacto'],
  },
};

/** Which titles table a field uses. */
const tableFor: Record<string, string> = {
  bestTimes: 'availability',
  consent: 'yesNo',
  voicemailOk: 'yesNo',
  textOk: 'yesNo',
  safeNow: 'yesNo',
  safeToChat: 'yesNo',
  ...Object.fromEntries(['asq1', 'asq2', 'asq3', 'asq4', 'asq5'].map((id) => [id, 'yesNo'])),
  ...Object.fromEntries(
    [
      'phq1',
      'phq2',
      'phq3',
      'phq4',
      'phq5',
      'phq6',
      'phq7',
      'phq8',
      'phq9',
      'gad1',
      'gad2',
      'gad3',
      'gad4',
      'gad5',
      'gad6',
      'gad7',
    ].map((id) => [id, 'measure']),
  ),
};

export type Locale = 'en' | 'es';

/** The field's choices as the conversation would resolve them: codes in order, titles with `locale` first. */
export function choicesFor(field: FieldDefinition, locale: Locale): ChoiceOption[] | undefined {
  const table = titles[tableFor[field.id] ?? field.id];
  if (!table) return undefined;
  const codes = field.choices ?? Object.keys(table);
  return codes.map((value) => {
    const [en, es] = table[value] ?? [value, value];
    return { value, titles: locale === 'en' ? [en, es] : [es, en] };
  });
}

export function contextFor(
  field: FieldDefinition,
  locale: Locale,
  extra: Partial<UnderstandingContext> = {},
): UnderstandingContext {
  return { locale, languages: ['en', 'es'], choices: choicesFor(field, locale), ...extra };
}

export { fieldById };
