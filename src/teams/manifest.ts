// The two Teams app manifests, built from the environment and the practice settings: the staff app (the queue as a
// tab with SSO, the bot in team scope for alert cards) and the intake app (the intake bot in personal chat). Two
// apps, so that staff and clients never see each other's side.
import { createHash } from 'node:crypto';
import type { PracticeSettings } from '../config.js';
import { translator } from '../i18n/index.js';

export const teamsApps = ['staff', 'intake'] as const;
export type TeamsApp = (typeof teamsApps)[number];

/** The manifest schema version the packages use (its schema ships in @microsoft/app-manifest). */
export const manifestVersion = '1.19';
/** The languages the manifest text comes in: the default in the manifest, the others as localization files. */
export const manifestLanguages = { default: 'en', additional: ['es'] } as const;

export interface ManifestInputs {
  app: TeamsApp;
  /** The bot's (and the SSO app registration's) Entra application id. */
  botAppId: string;
  /** The server's public https origin (PUBLIC_URL). */
  publicUrl: string;
  practice: Pick<PracticeSettings, 'name' | 'website' | 'widget'>;
  /** The package version (semver). */
  version: string;
}

/**
 * A stable GUID per bot and app kind, so that re-packaging updates the installed app instead of adding a second one
 * (the name-based UUID scheme of RFC 9562, version 5, over the bot id).
 */
export function teamsAppId(botAppId: string, app: TeamsApp): string {
  const hash = createHash('sha1').update(`therapy-intake:${botAppId.toLowerCase()}:${app}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The Application ID URI of the SSO app registration: Teams asks for tokens with this audience. */
export const ssoResource = (publicUrl: string, botAppId: string) => `api://${new URL(publicUrl).host}/${botAppId}`;

/** Where the staff tab opens; `inTeams=1` tells the page to try Teams SSO (and not to wait for Teams elsewhere). */
export const tabContentUrl = (publicUrl: string) => `${origin(publicUrl)}/review?inTeams=1`;

const origin = (publicUrl: string) => new URL(publicUrl).origin;

/** The translatable text of one app in one language (the manifest's name, description and tab name). */
export function manifestText(app: TeamsApp, language: string, practiceName: string) {
  const t = translator(language);
  const values = { practice: practiceName };
  const text =
    app === 'staff'
      ? {
          shortName: t('review:teams.staffApp.shortName'),
          fullName: t('review:teams.staffApp.fullName', values),
          shortDescription: t('review:teams.staffApp.shortDescription'),
          fullDescription: t('review:teams.staffApp.fullDescription', values),
          tabName: t('review:teams.staffApp.tabName'),
        }
      : {
          shortName: t('review:teams.intakeApp.shortName'),
          fullName: t('review:teams.intakeApp.fullName', values),
          shortDescription: t('review:teams.intakeApp.shortDescription'),
          fullDescription: t('review:teams.intakeApp.fullDescription', values),
          tabName: undefined,
        };
  // The schema's limits; a long practice name shortens the full name rather than failing the package.
  return { ...text, fullName: text.fullName.slice(0, 100), shortName: text.shortName.slice(0, 30) };
}

export const localizationFile = (language: string) => `${language}.json`;

export function buildManifest(inputs: ManifestInputs): Record<string, unknown> {
  const { app, botAppId, publicUrl, practice } = inputs;
  const text = manifestText(app, manifestLanguages.default, practice.name);
  const base = origin(publicUrl);
  const manifest: Record<string, unknown> = {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion,
    version: inputs.version,
    id: teamsAppId(botAppId, app),
    localizationInfo: {
      defaultLanguageTag: 'en-us',
      additionalLanguages: manifestLanguages.additional.map((language) => ({
        languageTag: language,
        file: localizationFile(language),
      })),
    },
    developer: {
      name: practice.name.slice(0, 32),
      websiteUrl: practice.website,
      privacyUrl: practice.website,
      termsOfUseUrl: practice.website,
    },
    name: { short: text.shortName, full: text.fullName },
    description: { short: text.shortDescription, full: text.fullDescription },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: practice.widget.primaryColor.toUpperCase(),
    validDomains: [new URL(publicUrl).host],
  };
  if (app === 'staff') {
    manifest.staticTabs = [
      {
        entityId: 'intake-queue',
        name: text.tabName,
        contentUrl: tabContentUrl(publicUrl),
        websiteUrl: `${base}/review`,
        scopes: ['personal'],
      },
    ];
    // Team scope only: the bot posts crisis alert cards to a channel and takes their Acknowledge presses.
    manifest.bots = [{ botId: botAppId, scopes: ['team'], supportsFiles: false, isNotificationOnly: false }];
    manifest.webApplicationInfo = { id: botAppId, resource: ssoResource(publicUrl, botAppId) };
  } else {
    manifest.bots = [{ botId: botAppId, scopes: ['personal'], supportsFiles: false, isNotificationOnly: false }];
  }
  return manifest;
}

/** One localization file: the same text in another language (the schema's `name.short` style keys). */
export function buildLocalization(app: TeamsApp, language: string, practiceName: string): Record<string, unknown> {
  const text = manifestText(app, language, practiceName);
  const file: Record<string, unknown> = {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`,
    'name.short': text.shortName,
    'name.full': text.fullName,
    'description.short': text.shortDescription,
    'description.full': text.fullDescription,
  };
  if (text.tabName) file['staticTabs[0].name'] = text.tabName;
  return file;
}
