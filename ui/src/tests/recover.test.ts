// "I forgot my passphrase" on the unlock screen, and Settings → recovery keys, a new
// passphrase and the emergency kit (issue 17 parts 1-2).
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../lib/i18n.svelte';
import { vault } from '../lib/vault.svelte';
import KitOffer from '../components/vault/KitOffer.svelte';
import RecoveryPanel from '../components/vault/RecoveryPanel.svelte';
import { kitOffer } from '../lib/kit-offer.svelte';
import VaultUnlock from '../routes/vault/VaultUnlock.svelte';
import { AGE_KEY, AGE_KEY_2, callsOf, fakeBackend, resetStores, status } from './vault-fixtures';

const SECRET = 'AGE-SECRET-KEY-1QGMTXKHFEQXNV5WPK5TE0JZ8DLSMJ3U3GK6JQA2DNMUHWMFKRZSSEVFZWC';
const NEW = 'paarse olifant fietst langs de gracht';

async function openRecover(user: ReturnType<typeof userEvent.setup>) {
  render(VaultUnlock, { status: status('locked') });
  await user.click(screen.getByTestId('vault-forgot'));
  expect(await screen.findByTestId('vault-recover')).toBeInTheDocument();
}

async function typeNew(user: ReturnType<typeof userEvent.setup>, next: string, repeat = next) {
  await user.type(screen.getByTestId('recover-new'), next);
  await user.type(screen.getByTestId('recover-repeat'), repeat);
}

describe('I forgot my passphrase', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(status('locked'));
  });

  it('sends the pasted key and the new passphrase, and the vault opens', async () => {
    const calls = fakeBackend({ vault_recover: () => status('unlocked') });
    const user = userEvent.setup();
    await openRecover(user);
    await user.type(screen.getByTestId('recover-pasted'), `  ${SECRET} `);
    await typeNew(user, NEW);
    await user.click(screen.getByTestId('recover-submit'));
    await waitFor(() => expect(vault.status?.state).toBe('unlocked'));
    expect(callsOf(calls, 'vault_recover')[0]!.args).toEqual({
      key: { kind: 'text', key: SECRET },
      new: NEW,
    });
  });

  it('uses a chosen key file, and says clearly when the key is not this vault’s', async () => {
    const calls = fakeBackend({
      vault_choose_key_file: () => '/home/ouder/advocaat-sleutel.txt',
      vault_recover: () => {
        throw { code: 'vault-wrong-recovery-key', message: 'this recovery key does not open this vault' };
      },
    });
    const user = userEvent.setup();
    await openRecover(user);
    await user.click(screen.getByTestId('recover-choose-file'));
    expect(await screen.findByTestId('recover-file')).toHaveTextContent('advocaat-sleutel.txt');
    await typeNew(user, NEW);
    await user.click(screen.getByTestId('recover-submit'));
    const message = await screen.findByTestId('recover-wrong-key');
    expect(message).toHaveTextContent('This recovery key does not open this vault. Nothing was changed');
    expect(callsOf(calls, 'vault_choose_key_file')[0]!.args).toEqual({ photo: false });
    expect(callsOf(calls, 'vault_recover')[0]!.args).toEqual({
      key: { kind: 'file', path: '/home/ouder/advocaat-sleutel.txt' },
      new: NEW,
    });
    expect(vault.status?.state).toBe('locked');
    expect(screen.getByTestId('vault-recover')).toBeInTheDocument();
  });

  it('reads the key from a photo of the kit, and says when the photo has no QR code', async () => {
    let attempts = 0;
    const calls = fakeBackend({
      vault_choose_key_file: (args) => (args.photo ? '/home/ouder/Foto’s/noodkaart.jpg' : null),
      vault_recover: () => {
        attempts += 1;
        if (attempts === 1) throw { code: 'vault-key-image-no-qr-code', message: 'no QR code was found in /home/ouder/Foto’s/noodkaart.jpg' };
        return status('unlocked');
      },
    });
    const user = userEvent.setup();
    await openRecover(user);
    await user.click(screen.getByTestId('recover-choose-image'));
    expect(await screen.findByTestId('recover-file')).toHaveTextContent('Photo or scan: noodkaart.jpg');
    expect(callsOf(calls, 'vault_choose_key_file')[0]!.args).toEqual({ photo: true });
    await typeNew(user, NEW);
    await user.click(screen.getByTestId('recover-submit'));
    const notice = await screen.findByTestId('error-notice');
    expect(notice).toHaveAttribute('data-code', 'vault-key-image-no-qr-code');
    expect(notice).toHaveTextContent('No QR code was found in this picture. Take the photo again in good light');
    expect(vault.status?.state).toBe('locked');
    await user.click(screen.getByTestId('recover-submit'));
    await waitFor(() => expect(vault.status?.state).toBe('unlocked'));
    expect(callsOf(calls, 'vault_recover').map((c) => c.args)).toEqual([
      { key: { kind: 'image', path: '/home/ouder/Foto’s/noodkaart.jpg' }, new: NEW },
      { key: { kind: 'image', path: '/home/ouder/Foto’s/noodkaart.jpg' }, new: NEW },
    ]);
  });

  it('asks for the key and a strong passphrase before calling, and goes back', async () => {
    const calls = fakeBackend({});
    const user = userEvent.setup();
    await openRecover(user);
    await typeNew(user, 'password123');
    await user.click(screen.getByTestId('recover-submit'));
    expect(await screen.findByTestId('recover-key-missing')).toBeInTheDocument();
    expect(screen.getByTestId('recover-new-problem')).toHaveTextContent(/too easy to guess/);
    expect(callsOf(calls, 'vault_recover')).toHaveLength(0);
    await user.click(screen.getByTestId('recover-back'));
    expect(await screen.findByTestId('vault-unlock')).toBeInTheDocument();
  });

  it('is in Dutch in the Dutch window', async () => {
    setLanguage('nl');
    fakeBackend({});
    const user = userEvent.setup();
    render(VaultUnlock, { status: status('locked') });
    expect(screen.getByTestId('vault-forgot')).toHaveTextContent('Wachtwoordzin vergeten');
    await user.click(screen.getByTestId('vault-forgot'));
    expect(await screen.findByRole('heading', { name: 'Wachtwoordzin vergeten?' })).toBeInTheDocument();
  });
});

describe('Settings: passphrase, recovery keys and the emergency kit', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(status('unlocked'));
  });

  it('lists, adds and removes recovery keys', async () => {
    let keys = [AGE_KEY];
    const calls = fakeBackend({
      vault_recovery_keys: () => ({ known: true, keys }),
      vault_add_recovery_key: (args) => {
        keys = [...keys, args.key as string];
        return { known: true, keys };
      },
      vault_remove_recovery_key: (args) => {
        keys = keys.filter((k) => k !== args.key);
        return { known: true, keys };
      },
    });
    const user = userEvent.setup();
    render(RecoveryPanel);
    expect(await screen.findAllByTestId('recovery-key')).toHaveLength(1);
    await user.type(screen.getByTestId('recovery-key-input'), 'age1nonsense');
    await user.click(screen.getByTestId('recovery-key-add'));
    expect(await screen.findByTestId('recovery-key-bad')).toBeInTheDocument();
    expect(callsOf(calls, 'vault_add_recovery_key')).toHaveLength(0);
    await user.clear(screen.getByTestId('recovery-key-input'));
    await user.type(screen.getByTestId('recovery-key-input'), AGE_KEY_2);
    await user.click(screen.getByTestId('recovery-key-add'));
    await waitFor(() => expect(screen.getAllByTestId('recovery-key')).toHaveLength(2));
    expect(callsOf(calls, 'vault_add_recovery_key')[0]!.args).toEqual({ key: AGE_KEY_2 });
    await user.click(screen.getAllByTestId('recovery-key-remove')[0]!);
    await waitFor(() => expect(screen.getAllByTestId('recovery-key')).toHaveLength(1));
    expect(callsOf(calls, 'vault_remove_recovery_key')[0]!.args).toEqual({ key: AGE_KEY });
    expect(screen.getByTestId('recovery-key-notice')).toHaveTextContent('no longer opens the vault');
  });

  it('changes the passphrase after the current one, and shows a wrong one', async () => {
    let first = true;
    const calls = fakeBackend({
      vault_recovery_keys: () => ({ known: true, keys: [] }),
      vault_change_passphrase: () => {
        if (first) {
          first = false;
          throw { code: 'vault-wrong-passphrase', message: 'no' };
        }
        return status('unlocked');
      },
    });
    const user = userEvent.setup();
    render(RecoveryPanel);
    expect(await screen.findByTestId('recovery-keys-none')).toBeInTheDocument();
    await user.type(screen.getByTestId('passphrase-current'), 'not it');
    await user.type(screen.getByTestId('passphrase-new'), NEW);
    await user.type(screen.getByTestId('passphrase-repeat'), NEW);
    await user.click(screen.getByTestId('passphrase-change'));
    expect(await screen.findByTestId('error-notice')).toHaveTextContent('That passphrase is not right');
    await user.click(screen.getByTestId('passphrase-change'));
    expect(await screen.findByTestId('passphrase-changed')).toBeInTheDocument();
    expect(callsOf(calls, 'vault_change_passphrase')[1]!.args).toEqual({ current: 'not it', new: NEW });
  });

  it('saves the kit with a new key and shows the new key in the list; a cancelled dialog says nothing', async () => {
    let keys: string[] = [];
    let cancel = true;
    const calls = fakeBackend({
      vault_recovery_keys: () => ({ known: true, keys }),
      vault_emergency_kit: () => {
        if (cancel) return null;
        keys = [AGE_KEY_2];
        return { path: '/home/ouder/waarborg-emergency-kit.pdf', new_key: AGE_KEY_2 };
      },
    });
    const user = userEvent.setup();
    render(RecoveryPanel);
    await user.click(screen.getByTestId('kit-new-key'));
    await user.click(screen.getByTestId('kit-save'));
    await waitFor(() => expect(callsOf(calls, 'vault_emergency_kit')).toHaveLength(1));
    expect(screen.queryByTestId('kit-saved')).toBeNull();
    cancel = false;
    await user.click(screen.getByTestId('kit-save'));
    expect(await screen.findByTestId('kit-saved')).toHaveTextContent('new secret recovery key');
    expect(callsOf(calls, 'vault_emergency_kit')[1]!.args).toEqual({ newRecoveryKey: true });
    await waitFor(() => expect(screen.getAllByTestId('recovery-key')).toHaveLength(1));
  });
});

describe('The kit offered right after the vault was made', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(status('unlocked'));
    kitOffer.show = true;
  });

  it('saves the kit with a new recovery key by default, or goes away for later', async () => {
    const calls = fakeBackend({
      vault_emergency_kit: () => ({ path: '/home/ouder/waarborg-emergency-kit.pdf', new_key: AGE_KEY }),
    });
    const user = userEvent.setup();
    render(KitOffer);
    await user.click(screen.getByTestId('kit-offer-save'));
    expect(await screen.findByTestId('kit-offer-saved')).toHaveTextContent('waarborg-emergency-kit.pdf');
    expect(callsOf(calls, 'vault_emergency_kit')[0]!.args).toEqual({ newRecoveryKey: true });
    await user.click(screen.getByTestId('kit-offer-close'));
    expect(kitOffer.show).toBe(false);
  });
});
