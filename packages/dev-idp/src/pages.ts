/** The few HTML pages a person sees at the development IdP. Field names and ids are Keycloak's. */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { font-family: system-ui, sans-serif; background: #f2f4f7; color: #1d2433; margin: 0; }
main { max-width: 24rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
  box-shadow: 0 1px 4px rgb(0 0 0 / 15%); }
h1 { font-size: 1.4rem; margin-top: 0; }
label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
input { width: 100%; box-sizing: border-box; padding: .5rem; font-size: 1rem; border: 1px solid #6b7280;
  border-radius: 4px; }
input:focus, button:focus { outline: 3px solid #2563eb; outline-offset: 1px; }
button { margin-top: 1.5rem; width: 100%; padding: .6rem; font-size: 1rem; border: 0; border-radius: 4px;
  background: #1d4ed8; color: #fff; cursor: pointer; }
.error { background: #fde8e8; color: #8a1c1c; border-left: 4px solid #c81e1e; padding: .6rem .8rem; }
.note { color: #4b5563; font-size: .85rem; margin-top: 1.5rem; }
`;

export function page(title: string, body: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
${extraHead}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function loginPage(input: {
  realmName: string;
  action: string;
  username?: string;
  error?: string;
}): string {
  const error = input.error
    ? `<div class="error" id="input-error" role="alert" aria-live="polite">${escapeHtml(input.error)}</div>`
    : '';
  const invalid = input.error ? ' aria-invalid="true" aria-describedby="input-error"' : '';
  return page(
    `Sign in to ${input.realmName}`,
    `<h1 id="kc-page-title">Sign in to your account</h1>
${error}
<form id="kc-form-login" method="post" action="${escapeHtml(input.action)}" novalidate>
  <label for="username">Username or email</label>
  <input id="username" name="username" type="text" value="${escapeHtml(input.username ?? '')}"
    autocomplete="username" autocapitalize="none" spellcheck="false" required${input.error ? '' : ' autofocus'}${invalid}>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required${input.error ? ' autofocus' : ''}${invalid}>
  <input type="hidden" id="id-hidden-input" name="credentialId">
  <button name="login" id="kc-login" type="submit">Sign In</button>
</form>
<p class="note">Development identity provider for ${escapeHtml(input.realmName)}. Not for production use.</p>`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

/**
 * Keycloak signs out straight away when the application sends `id_token_hint`; oidc-provider asks first.
 * The page submits oidc-provider's confirmation form itself, with a button for browsers without scripts.
 */
export function logoutPage(realmName: string, form: string, scriptNonce: string): string {
  return page(
    `Signing out of ${realmName}`,
    `<h1>Signing out</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" id="kc-logout">Sign out</button>
<script nonce="${scriptNonce}">
  const form = document.getElementById('op.logoutForm');
  const confirm = document.createElement('input');
  confirm.type = 'hidden';
  confirm.name = 'logout';
  confirm.value = 'yes';
  form.appendChild(confirm);
  form.submit();
</script>`,
  );
}

/**
 * keycloak-js loads this page in an iframe before using its session-status iframe. Answering "unsupported"
 * makes it skip that iframe, which this IdP does not implement, instead of waiting 10 s and failing.
 */
export const thirdPartyCookiesPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>3rd party cookies check</title></head>
<body><script>window.parent.postMessage('unsupported', '*');</script></body></html>
`;
