import type { ClientResult, OktaProfileClient } from '../../../contracts/okta-profile-client.ts';
import type {
  OktaUserProfileData,
  OktaUserProfileUpdate,
} from '../../../contracts/okta-profile-types.ts';
import { createElement } from './create-element.ts';
import { describeFailure } from './describe-failure.ts';
import { createProfileForm } from './profile-form.ts';
import { createProfileSummary } from './profile-summary.ts';

type ProfileResult = ClientResult<OktaUserProfileData>;

// The client throws only when no answer came at all; the page says so instead of crashing.
async function callSafely(call: () => Promise<ProfileResult>) {
  try {
    return await call();
  } catch {
    return undefined;
  }
}

/**
 * Shows the signed-in person's Okta profile with an edit form, and a message a person can act
 * on for every error answer. Everything shown from the API goes in as text.
 */
export function renderProfilePage(root: HTMLElement, client: OktaProfileClient, scenario?: string) {
  const alert = createElement('div', { role: 'alert', class: 'alert', hidden: true });
  const status = createElement('p', { role: 'status', class: 'status' });
  const summary = createElement('div', {});
  const retry = createElement('button', { type: 'button', hidden: true }, 'Try again');
  const form = createProfileForm((changes) => void save(changes));
  form.element.hidden = true;
  let etag: string | undefined;

  function showAlert(message: string, details: string[] = []) {
    const items = details.map((text) => createElement('li', {}, text));
    const list = items.length > 0 && createElement('ul', {}, ...items);
    alert.replaceChildren(createElement('p', {}, message), list || '');
    alert.hidden = false;
    status.textContent = '';
  }

  function showProfile(profile: OktaUserProfileData, newEtag: string | undefined) {
    etag = newEtag;
    summary.replaceChildren(createProfileSummary(profile));
    form.fill(profile);
    form.element.hidden = false;
  }

  async function load() {
    root.setAttribute('aria-busy', 'true');
    status.textContent = 'Loading your profile…';
    retry.hidden = true;
    const result = await callSafely(() => client.showOktaInfo());
    root.setAttribute('aria-busy', 'false');

    if (result?.ok) {
      alert.hidden = true;
      status.textContent = '';
      showProfile(result.data, result.etag);
      return;
    }
    showAlert(result ? describeFailure(result).message : 'The profile service cannot be reached.');
    retry.hidden = false;
  }

  async function save(changes: OktaUserProfileUpdate) {
    if (Object.keys(changes).length === 0) {
      alert.hidden = true;
      status.textContent = 'Nothing to save: no field changed.';
      return;
    }

    form.setBusy(true);
    status.textContent = 'Saving…';
    const ifMatch = etag ? { ifMatch: etag } : {};
    const result = await callSafely(() => client.updateOktaInfo(changes, ifMatch));
    form.setBusy(false);

    if (result?.ok) {
      form.showFieldErrors({});
      alert.hidden = true;
      showProfile(result.data, result.etag);
      status.textContent = 'Your profile is saved.';
      return;
    }
    const failure = result && describeFailure(result);
    const others = form.showFieldErrors(failure?.fieldErrors ?? {});
    showAlert(failure?.message ?? 'The profile service cannot be reached.', others);
  }

  retry.addEventListener('click', () => void load());
  root.append(
    scenario ? createElement('p', { class: 'scenario' }, 'Mock scenario: ', scenario) : '',
    alert,
    retry,
    status,
    summary,
    form.element,
  );

  return load();
}
