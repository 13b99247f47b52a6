// The emergency number and crisis line under the chat: compiled-in registry data, so they show with the bot down.
import { resourcesFor } from '../../crisis/resources.js';
import type { Translate } from '../../i18n/index.js';

export interface EmergencyLine {
  text: string;
  /** `tel:` or a web address; absent when there is nothing to open. */
  href?: string;
}

export function emergencyLines(country: string, t: Translate): EmergencyLine[] {
  const resources = resourcesFor(country, []);
  const lines: EmergencyLine[] = [];
  for (const resource of resources.filter((r) => r.kind === 'emergency')) {
    if (resource.number) {
      lines.push({ text: t('widget:footer.emergency', { number: resource.number }), href: `tel:${resource.number}` });
    }
  }
  for (const resource of resources.filter((r) => r.kind === 'crisis-line')) {
    if (resource.number) {
      const key = resource.sms?.number === resource.number ? 'widget:footer.lineWithText' : 'widget:footer.line';
      lines.push({ text: t(key, { name: resource.name, number: resource.number }), href: `tel:${resource.number}` });
    }
  }
  for (const resource of resources.filter((r) => r.kind === 'directory')) {
    if (resource.url) lines.push({ text: t('widget:footer.directory', { url: resource.url }), href: resource.url });
  }
  return lines;
}
