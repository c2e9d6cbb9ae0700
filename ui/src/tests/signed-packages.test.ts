// Signed packages (issue 15): who signed an opened package, the vault's fingerprint in
// Settings, and "open in another program" refused for active types with a message that
// says why.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PackageReport, Settings } from '../lib/backend';
import { setLanguage } from '../lib/i18n.svelte';
import PackageSignature from '../components/PackageSignature.svelte';
import SettingsPage from '../routes/SettingsPage.svelte';
import ItemDetailView from '../routes/vault/ItemDetailView.svelte';
import { fakeBackend, item, resetStores, status } from './vault-fixtures';

const VAULT = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const KEY = 'SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8';

function report(signature: PackageReport['signature'], other_keys_seen: string[] = []): PackageReport {
  return { kind: 'folder', files: [], unlisted: [], index: [], transcripts: [], log_head: null, signature, other_keys_seen };
}

describe('package signature', () => {
  beforeEach(() => setLanguage('en'));

  it('names the key of a signed package and asks to compare it in person', () => {
    render(PackageSignature, { report: report({ status: 'signed', fingerprint: KEY, signer: VAULT }) });
    const box = screen.getByTestId('package-signature');
    expect(box).toHaveAttribute('data-status', 'signed');
    expect(screen.getByTestId('package-fingerprint')).toHaveTextContent(KEY);
    expect(box).toHaveTextContent(`Signed by the vault it names (${VAULT}).`);
    expect(box).toHaveTextContent('in person');
  });

  it('warns when the same vault id comes with another key than seen before', () => {
    render(PackageSignature, {
      report: report({ status: 'signed', fingerprint: KEY, signer: VAULT }, ['SHA256:before']),
    });
    const box = screen.getByRole('alert');
    expect(box).toHaveAttribute('data-status', 'other-key');
    expect(box).toHaveTextContent('this package was not made by that vault');
    expect(box).toHaveTextContent('SHA256:before');
  });

  it('says so for an unsigned package and for a signature that does not match', () => {
    const { unmount } = render(PackageSignature, { report: report({ status: 'unsigned' }) });
    expect(screen.getByRole('alert')).toHaveTextContent('Not signed: nothing shows which vault made this package.');
    unmount();
    setLanguage('nl');
    render(PackageSignature, { report: report({ status: 'mismatch', reason: 'x' }) });
    expect(screen.getByRole('alert')).toHaveTextContent('De handtekening klopt niet');
  });
});

describe('Settings: signing key', () => {
  const english: Settings = {
    language_preference: 'en',
    system_language: 'en',
    language: 'en',
    removal_date: null,
    vault_dir: null,
    auto_lock_seconds: 300,
    trip_grace_days: 0,
    backup_reminder_days: 30,
    theme: 'system',
    text_size: 100,
    quick_exit: 'cover',
    problem: null,
  };

  beforeEach(() => {
    setLanguage('en');
    fakeBackend({ app_info: () => ({ name: 'Waarborg', version: '0.1.0' }) });
  });

  it('shows the fingerprint read-only with how to use it, only while unlocked', () => {
    resetStores(status('unlocked', { signing_fingerprint: KEY }));
    const { unmount } = render(SettingsPage, { settings: english, onchange: () => undefined });
    expect(screen.getByTestId('signing-fingerprint')).toHaveTextContent(KEY);
    expect(screen.getByText(/compare it together, in person or by phone/)).toBeVisible();
    expect(screen.queryByRole('textbox', { name: /signing/i })).toBeNull();
    unmount();
    resetStores(status('locked'));
    render(SettingsPage, { settings: english, onchange: () => undefined });
    expect(screen.queryByTestId('signing-fingerprint')).toBeNull();
  });
});

describe('open in another program', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores();
  });

  it('shows why an active file is refused and offers to save a copy instead', async () => {
    const calls = fakeBackend({
      vault_item: () => ({ item: item('x1'), log: [], opens_externally: true }),
      vault_open_external: () => {
        throw { code: 'vault-viewer-active-type', message: 'text/html (.html)' };
      },
      vault_save_copy: () => '/home/parent/Documents/bericht.html',
    });
    const user = userEvent.setup();
    render(ItemDetailView, { id: 'x1' });
    await user.click(await screen.findByTestId('open-external'));
    await user.click(screen.getByTestId('external-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('error-notice')).toHaveTextContent(
        'This file is of a kind that can run programs or fetch things from the internet',
      ),
    );
    expect(screen.getByTestId('error-notice')).toHaveTextContent('save a copy');
    expect(screen.getByTestId('save-copy-offer')).toHaveTextContent('Save a copy…');

    await user.click(screen.getByTestId('save-copy'));
    const done = await screen.findByTestId('save-copy-done');
    expect(done).toHaveAttribute('data-path', '/home/parent/Documents/bericht.html');
    expect(done).toHaveTextContent('This copy is not encrypted');
    expect(calls.filter((c) => c.cmd === 'vault_save_copy').map((c) => c.args)).toEqual([{ id: 'x1' }]);
    expect(screen.queryByTestId('error-notice')).toBeNull();
  });

  it('a cancelled save dialog changes nothing', async () => {
    fakeBackend({
      vault_item: () => ({ item: item('x1'), log: [], opens_externally: true }),
      vault_save_copy: () => null,
    });
    const user = userEvent.setup();
    render(ItemDetailView, { id: 'x1' });
    await user.click(await screen.findByTestId('save-copy'));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('save-copy-done')).toBeNull();
    expect(screen.queryByTestId('error-notice')).toBeNull();
  });
});
