import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { backend, isApiError, toApiError } from '../lib/backend';

describe('backend', () => {
  it('sends the contract command name and payload', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      return { language_preference: 'en', system_language: 'nl', language: 'en', problem: null };
    });
    const settings = await backend.setLanguage('en');
    expect(calls).toEqual([{ cmd: 'set_language', args: { preference: 'en' } }]);
    expect(settings.language).toBe('en');
  });

  it('passes a backend ApiError through unchanged', async () => {
    mockIPC(() => {
      throw { code: 'settings-io', message: 'disk full' };
    });
    await expect(backend.getSettings()).rejects.toEqual({
      code: 'settings-io',
      message: 'disk full',
    });
  });

  it('turns any other failure into an internal ApiError', async () => {
    mockIPC(() => {
      throw new Error('boom');
    });
    const error = await backend.appInfo().catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toEqual({ code: 'internal', message: 'boom' });
    expect(toApiError('plain')).toEqual({ code: 'internal', message: 'plain' });
    expect(isApiError({ code: 1, message: 'x' })).toBe(false);
  });
});
