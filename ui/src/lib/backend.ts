// The only module that talks to the Tauri backend. Every call goes through `call`,
// whose command names and payload types come from the Rust contract (lib/bindings).
import { invoke } from '@tauri-apps/api/core';
import type { ApiError } from './bindings/ApiError';
import type { AppInfo } from './bindings/AppInfo';
import type { Command } from './bindings/Command';
import type { Clause } from './bindings/Clause';
import type { ConsentForm } from './bindings/ConsentForm';
import type { FilledPlan } from './bindings/FilledPlan';
import type { ParentingPlan } from './bindings/ParentingPlan';
import type { PlanLanguage } from './bindings/PlanLanguage';
import type { FieldError } from './bindings/FieldError';
import type { SavedDocument } from './bindings/SavedDocument';
import type { CountryMatch } from './bindings/CountryMatch';
import type { Deadlines } from './bindings/Deadlines';
import type { GuideOverview } from './bindings/GuideOverview';
import type { Language } from './bindings/Language';
import type { Route } from './bindings/Route';
import type { ErrorCode } from './bindings/ErrorCode';
import type { LanguagePreference } from './bindings/LanguagePreference';
import type { Settings } from './bindings/Settings';

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    // A code this build does not know still counts: errorText() falls back to a
    // generic message rather than hiding what the backend said.
    typeof candidate.code === 'string' && typeof candidate.message === 'string'
  );
}

/** Any rejection becomes an ApiError, so the UI always has a code to translate. */
export function toApiError(reason: unknown): ApiError {
  if (isApiError(reason)) return reason;
  const message = reason instanceof Error ? reason.message : String(reason);
  return { code: 'internal', message };
}

async function call<T>(command: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toApiError(reason);
  }
}

export const backend = {
  appInfo: (): Promise<AppInfo> => call('app_info'),
  getSettings: (): Promise<Settings> => call('get_settings'),
  setLanguage: (preference: LanguagePreference): Promise<Settings> =>
    call('set_language', { preference }),
  guideOverview: (): Promise<GuideOverview> => call('guide_overview'),
  guideRoute: (country: string | null): Promise<Route> => call('guide_route', { country }),
  guideSearchCountries: (query: string, language: Language): Promise<CountryMatch[]> =>
    call('guide_search_countries', { query, language }),
  /** Dates as `YYYY-MM-DD` on the parent's own calendar. */
  guideDeadlines: (removalDate: string, today: string): Promise<Deadlines> =>
    call('guide_deadlines', { removalDate, today }),
  /** Shows (or with `null` removes) the time limits on the home screen. */
  setRemovalDate: (removalDate: string | null, today: string): Promise<Settings> =>
    call('set_removal_date', { removalDate, today }),
  /** Every problem with the form; empty when it is ready to print. */
  consentCheck: (form: ConsentForm, today: string): Promise<FieldError[]> =>
    call('consent_check', { form, today }),
  consentSave: (form: ConsentForm, today: string): Promise<SavedDocument> =>
    call('consent_save', { form, today }),
  openDocument: (path: string): Promise<null> => call('open_document', { path }),
  planClauses: (): Promise<Clause[]> => call('plan_clauses'),
  /** Every problem with the plan; empty when it is ready to print. */
  planCheck: (plan: ParentingPlan): Promise<FieldError[]> => call('plan_check', { plan }),
  planPreview: (plan: ParentingPlan): Promise<FilledPlan> => call('plan_preview', { plan }),
  planSave: (plan: ParentingPlan, language: PlanLanguage): Promise<SavedDocument> =>
    call('plan_save', { plan, language }),
};

export type {
  ApiError,
  AppInfo,
  Clause,
  ConsentForm,
  CountryMatch,
  Deadlines,
  FieldError,
  FilledPlan,
  ParentingPlan,
  PlanLanguage,
  ErrorCode,
  GuideOverview,
  LanguagePreference,
  Route,
  SavedDocument,
  Settings,
};
