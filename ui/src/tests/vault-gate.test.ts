// The vault's gate: the create screen (first run) and the lock screen.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../lib/i18n.svelte';
import { vault } from '../lib/vault.svelte';
import VaultCreate from '../routes/vault/VaultCreate.svelte';
import VaultUnlock from '../routes/vault/VaultUnlock.svelte';
import { AGE_KEY, AGE_KEY_2, callsOf, fakeBackend, resetStores, status } from './vault-fixtures';

const STRONG = 'violet Anchor mosquito 47 lantern Drizzle';

async function fillCreate(
  user: ReturnType<typeof userEvent.setup>,
  values: { passphrase?: string; repeat?: string; recovery?: string; understood?: boolean; remember?: boolean },
) {
  const passphrase = values.passphrase ?? STRONG;
  await user.type(screen.getByTestId('vault-passphrase'), passphrase);
  const repeat = values.repeat ?? passphrase;
  if (repeat !== '') await user.type(screen.getByTestId('vault-repeat'), repeat);
  if (values.recovery) {
    // fireEvent: user.type would interpret nothing special here, but is slow for long keys.
    await fireEvent.input(screen.getByTestId('vault-recovery'), { target: { value: values.recovery } });
  }
  if (values.understood ?? true) await user.click(screen.getByTestId('vault-understood'));
  if (values.remember) await user.click(screen.getByTestId('vault-remember'));
}

describe('VaultCreate', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(status('missing'));
  });

  const missing = () => status('missing');

  it.each([
    ['a too-short passphrase', { passphrase: 'short', repeat: 'short' }, 'This passphrase is too short.'],
    [
      'a weak passphrase (refused, not only labelled)',
      { passphrase: 'password123', repeat: 'password123' },
      'This passphrase is too easy to guess. Use four or five random words, such as “purple elephant cycles along the canal”.',
    ],
    ['two different passphrases', { repeat: `${STRONG}x` }, 'The two passphrases are not the same.'],
    ['an unticked warning', { understood: false }, 'Tick the box to confirm you have read this.'],
    [
      'a recovery key that is not age1…',
      { recovery: `${AGE_KEY}\nssh-ed25519` },
      'This is not an age public key: ssh-ed25519. A public key starts with age1.',
    ],
  ] as const)('refuses %s with its message and does not create', async (_, values, message) => {
    const calls = fakeBackend({ vault_create: () => status('unlocked') });
    const user = userEvent.setup();
    render(VaultCreate, { status: missing() });
    await fillCreate(user, values);
    // No message before the first try.
    expect(screen.queryByText(message)).toBeNull();
    await user.click(screen.getByTestId('vault-create-submit'));
    expect(await screen.findByText(message)).toBeVisible();
    expect(callsOf(calls, 'vault_create')).toHaveLength(0);
    expect(vault.status?.state).toBe('missing');
  });

  it('creates with exactly the folder, passphrase, split recovery keys and the device choice', async () => {
    const calls = fakeBackend({ vault_create: () => status('unlocked') });
    const user = userEvent.setup();
    render(VaultCreate, { status: missing() });
    const dir = screen.getByTestId('vault-dir');
    expect(dir).toHaveValue('/home/parent/Waarborg');
    await user.clear(dir);
    await user.type(dir, '  /media/usb/Kluis  ');
    await fillCreate(user, { recovery: `  ${AGE_KEY}\n\n\t ${AGE_KEY_2}   \n`, remember: true });
    await user.click(screen.getByTestId('vault-create-submit'));

    await waitFor(() => expect(callsOf(calls, 'vault_create')).toHaveLength(1));
    expect(callsOf(calls, 'vault_create')[0]!.args).toEqual({
      vault: {
        dir: '/media/usb/Kluis',
        passphrase: STRONG,
        recovery_keys: [AGE_KEY, AGE_KEY_2],
        remember_on_device: true,
      },
    });
    await waitFor(() => expect(vault.status?.state).toBe('unlocked'));
  });

  it('sends no recovery keys and remember off when those are left alone', async () => {
    const calls = fakeBackend({ vault_create: () => status('unlocked') });
    const user = userEvent.setup();
    render(VaultCreate, { status: missing() });
    await fillCreate(user, {});
    await user.click(screen.getByTestId('vault-create-submit'));
    await waitFor(() => expect(callsOf(calls, 'vault_create')).toHaveLength(1));
    expect(callsOf(calls, 'vault_create')[0]!.args).toEqual({
      vault: { dir: '/home/parent/Waarborg', passphrase: STRONG, recovery_keys: [], remember_on_device: false },
    });
  });

  it('shows how strong the passphrase is as it is typed', async () => {
    fakeBackend({});
    const user = userEvent.setup();
    render(VaultCreate, { status: missing() });
    const strength = screen.getByTestId('vault-strength');
    const input = screen.getByTestId('vault-passphrase');
    await user.type(input, 'abc');
    expect(strength).toHaveAttribute('data-strength', 'too-short');
    expect(strength).toHaveTextContent('Too short');
    await user.clear(input);
    await user.type(input, 'password123');
    expect(strength).toHaveAttribute('data-strength', 'weak');
    expect(strength).toHaveTextContent('Weak: easy to guess');
    await user.clear(input);
    await user.type(input, STRONG);
    expect(strength).toHaveAttribute('data-strength', 'strong');
    expect(strength).toHaveTextContent('Strong');
  });

  it('opens an existing vault folder with the typed folder', async () => {
    const calls = fakeBackend({
      vault_use_folder: (args) => status('locked', { dir: args.dir as string }),
    });
    const user = userEvent.setup();
    render(VaultCreate, { status: missing() });
    await user.type(screen.getByTestId('vault-existing-dir'), '/media/usb/Waarborg ');
    await user.click(screen.getByTestId('vault-existing-open'));
    await waitFor(() => expect(callsOf(calls, 'vault_use_folder')).toHaveLength(1));
    expect(callsOf(calls, 'vault_use_folder')[0]!.args).toEqual({ dir: '/media/usb/Waarborg' });
    expect(callsOf(calls, 'vault_create')).toHaveLength(0);
    await waitFor(() => expect(vault.status?.state).toBe('locked'));
    expect(vault.status?.dir).toBe('/media/usb/Waarborg');
  });

  it('shows a backend error translated and keeps what was typed', async () => {
    const calls = fakeBackend({
      vault_create: () => {
        throw { code: 'vault-already-a-vault', message: '' };
      },
    });
    const user = userEvent.setup();
    render(VaultCreate, { status: missing() });
    await fillCreate(user, { recovery: AGE_KEY, remember: true });
    await user.click(screen.getByTestId('vault-create-submit'));

    const notice = await screen.findByTestId('error-notice');
    expect(notice).toHaveAttribute('data-code', 'vault-already-a-vault');
    expect(notice).toHaveTextContent('That folder is not empty.');
    expect(callsOf(calls, 'vault_create')).toHaveLength(1);
    expect(screen.getByTestId('vault-dir')).toHaveValue('/home/parent/Waarborg');
    expect(screen.getByTestId('vault-passphrase')).toHaveValue(STRONG);
    expect(screen.getByTestId('vault-repeat')).toHaveValue(STRONG);
    expect(screen.getByTestId('vault-recovery')).toHaveValue(AGE_KEY);
    expect(screen.getByTestId('vault-understood')).toBeChecked();
    expect(screen.getByTestId('vault-remember')).toBeChecked();
    expect(screen.getByTestId('vault-create-submit')).toBeEnabled();
    expect(vault.status?.state).toBe('missing');
  });

  it('shows the create screen in Dutch too', async () => {
    setLanguage('nl');
    fakeBackend({});
    const user = userEvent.setup();
    render(VaultCreate, { status: missing() });
    await fillCreate(user, { passphrase: 'kort', repeat: 'kort' });
    await user.click(screen.getByTestId('vault-create-submit'));
    expect(await screen.findByText('Deze wachtwoordzin is te kort.')).toBeVisible();
  });
});

describe('VaultUnlock', () => {
  beforeEach(() => {
    setLanguage('en');
    resetStores(status('locked'));
  });

  it('is calm about a wrong passphrase and keeps the lock screen', async () => {
    const calls = fakeBackend({
      vault_unlock: () => {
        throw { code: 'vault-wrong-passphrase', message: 'no' };
      },
    });
    const user = userEvent.setup();
    render(VaultUnlock, { status: status('locked') });
    const input = screen.getByTestId('vault-unlock-passphrase');
    expect(screen.getByTestId('vault-unlock-submit')).toBeDisabled();
    await user.type(input, 'not the one');
    await user.click(screen.getByTestId('vault-unlock-submit'));

    const message = await screen.findByTestId('vault-wrong-passphrase');
    expect(message).toHaveTextContent('That passphrase is not right. Nothing was changed or locked');
    // Not the red error box: a calm notice.
    expect(screen.queryByTestId('error-notice')).toBeNull();
    expect(callsOf(calls, 'vault_unlock')[0]!.args).toEqual({ passphrase: 'not the one', rememberOnDevice: false });
    expect(screen.getByTestId('vault-unlock')).toBeInTheDocument();
    expect(vault.status?.state).toBe('locked');
    expect(input).toHaveValue('not the one');
  });

  it('applies the status the backend returns on success', async () => {
    const calls = fakeBackend({ vault_unlock: () => status('unlocked', { auto_lock_seconds: 900 }) });
    const user = userEvent.setup();
    vault.lockReason = 'idle';
    render(VaultUnlock, { status: status('locked') });
    await user.type(screen.getByTestId('vault-unlock-passphrase'), 'the right one');
    await user.click(screen.getByTestId('vault-unlock-remember'));
    await user.click(screen.getByTestId('vault-unlock-submit'));

    await waitFor(() => expect(vault.status?.state).toBe('unlocked'));
    expect(vault.status?.auto_lock_seconds).toBe(900);
    expect(vault.lockReason).toBeNull();
    expect(callsOf(calls, 'vault_unlock')[0]!.args).toEqual({ passphrase: 'the right one', rememberOnDevice: true });
  });

  it('unlocks with the key this device remembers', async () => {
    const calls = fakeBackend({ vault_unlock_with_device: () => status('unlocked') });
    const user = userEvent.setup();
    render(VaultUnlock, { status: status('locked') });
    await user.click(screen.getByTestId('vault-unlock-device'));
    await waitFor(() => expect(vault.status?.state).toBe('unlocked'));
    expect(callsOf(calls, 'vault_unlock_with_device')).toHaveLength(1);
    expect(callsOf(calls, 'vault_unlock')).toHaveLength(0);
  });

  it('says, translated, when the device key cannot unlock', async () => {
    fakeBackend({
      vault_unlock_with_device: () => {
        throw { code: 'vault-already-a-vault', message: '' };
      },
    });
    const user = userEvent.setup();
    render(VaultUnlock, { status: status('locked') });
    await user.click(screen.getByTestId('vault-unlock-device'));
    expect(await screen.findByTestId('error-notice')).toHaveTextContent('That folder is not empty.');
    expect(vault.status?.state).toBe('locked');
  });

  it('explains an idle lock', () => {
    fakeBackend({});
    vault.lockReason = 'idle';
    render(VaultUnlock, { status: status('locked') });
    expect(screen.getByTestId('vault-locked-idle')).toHaveTextContent(
      'The vault locked itself because it was not used for a while.',
    );
    expect(screen.queryByTestId('vault-locked-system')).toBeNull();
  });

  it('explains a lock because the computer locked or slept', () => {
    fakeBackend({});
    vault.lockReason = 'system';
    render(VaultUnlock, { status: status('locked') });
    expect(screen.getByTestId('vault-locked-system')).toHaveTextContent(
      'The vault locked itself because the computer was locked or went to sleep.',
    );
    expect(screen.queryByTestId('vault-locked-idle')).toBeNull();
  });

  it('shows no lock notice when the parent locked it', () => {
    fakeBackend({});
    vault.lockReason = 'asked';
    render(VaultUnlock, { status: status('locked') });
    expect(screen.queryByTestId('vault-locked-idle')).toBeNull();
    expect(screen.queryByTestId('vault-locked-system')).toBeNull();
  });
});
