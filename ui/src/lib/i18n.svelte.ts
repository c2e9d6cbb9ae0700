// Translations for the UI, from the same Fluent files the Rust side uses.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import nlSource from '$locales/nl/waarborg.ftl?raw';
import enSource from '$locales/en/waarborg.ftl?raw';
import type { ApiError } from './bindings/ApiError';
import type { Language } from './bindings/Language';

export const SOURCES: Record<Language, string> = { nl: nlSource, en: enSource };

function makeBundle(language: Language): FluentBundle {
  const bundle = new FluentBundle(language, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(SOURCES[language]));
  if (errors.length > 0) console.error(`Fluent errors in ${language}`, errors);
  return bundle;
}

const bundles: Record<Language, FluentBundle> = { nl: makeBundle('nl'), en: makeBundle('en') };

/** The language in effect. Reading it in a template makes the template follow changes. */
export const locale = $state<{ language: Language }>({ language: 'nl' });

export function setLanguage(language: Language): void {
  locale.language = language;
  document.documentElement.lang = language;
}

/** The message `id` in the current language; the id itself if it is missing. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const bundle = bundles[locale.language];
  const message = bundle.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args);
}

/** The translated, parent-facing text of an error. */
export function errorText(error: ApiError): string {
  const id = `error-${error.code}`;
  const text = t(id);
  return text === id ? t('error-unknown') : text;
}

/** Message ids (with `.attribute` suffixes) of a Fluent source, for the parity test. */
export function messageIds(source: string): string[] {
  const ids: string[] = [];
  for (const entry of new FluentResource(source).body) {
    ids.push(entry.id);
    for (const attribute of Object.keys(entry.attributes)) ids.push(`${entry.id}.${attribute}`);
  }
  return ids.sort();
}
