import type { MailKind } from '@loket/contracts';
import { type Language, languageNames, languages } from '@loket/i18n';
import { useI18n, useMessages } from '@loket/i18n/react';
import {
  FocusedNotice,
  Loading,
  ProblemAlert,
  SubmitButton,
  useApi,
  useApplyStoredLanguage,
  useAsync,
  useFormSubmit,
  usePageTitle,
} from '@loket/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { settingsMessages } from './settings.messages.ts';

const mailKindText = {
  submission_received: 'mailSubmission',
  supplement_requested: 'mailSupplement',
  decision: 'mailDecision',
} as const satisfies Record<MailKind, keyof (typeof settingsMessages)['en']>;

/**
 * The applicant's settings, stored with the account: the portal's language (each name in its own
 * language) and whether the informational e-mails come; the essential ones are listed as always sent.
 */
export function SettingsPage() {
  const t = useMessages(settingsMessages);
  usePageTitle(t('title'));
  const api = useApi();
  const { language: current } = useI18n();
  const applyLanguage = useApplyStoredLanguage();
  const stored = useAsync(() => api.preferences(), 'preferences');
  const [language, setLanguage] = useState<Language>(current);
  const [nonEssential, setNonEssential] = useState(true);
  const [saved, setSaved] = useState(0);
  const { busy, apiError, run } = useFormSubmit();

  // The form starts from what is stored; the language shown on screen when none was chosen yet.
  const loaded = stored.data;
  useEffect(() => {
    if (!loaded) return;
    setNonEssential(loaded.email.nonEssential);
    if (loaded.language) setLanguage(loaded.language);
  }, [loaded]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const result = await api.updatePreferences({ language, email: { nonEssential } });
      if (result.language && result.language !== current) applyLanguage(result.language);
      setSaved((n) => n + 1);
    });
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {/* Keyed by the save, so saving twice announces twice; in the language just chosen. */}
      <FocusedNotice key={saved} message={saved > 0 ? t('saved') : undefined} />
      {stored.error !== undefined && (
        <ProblemAlert error={stored.error} onRetry={() => void stored.reload()} />
      )}
      {!loaded ? (
        stored.error === undefined && <Loading label={t('loading')} />
      ) : (
        <form className="settings-form" onSubmit={save} noValidate>
          {apiError !== undefined && <ProblemAlert error={apiError} />}
          <section aria-labelledby="language-heading">
            <h2 id="language-heading">{t('languageHeading')}</h2>
            <fieldset className="field" aria-describedby="settings-language-hint">
              <legend>{t('languageLegend')}</legend>
              <p className="hint" id="settings-language-hint">
                {t('languageHint')}
              </p>
              {languages.map((l) => (
                <div className="choice" key={l}>
                  <input
                    type="radio"
                    id={`settings-language-${l}`}
                    name="language"
                    value={l}
                    checked={language === l}
                    onChange={() => setLanguage(l)}
                  />
                  <label htmlFor={`settings-language-${l}`} lang={l}>
                    {languageNames[l]}
                  </label>
                </div>
              ))}
            </fieldset>
          </section>
          <section aria-labelledby="email-heading">
            <h2 id="email-heading">{t('emailHeading')}</h2>
            <div className="choice choice-with-hint">
              <input
                type="checkbox"
                id="settings-non-essential"
                checked={nonEssential}
                onChange={(e) => setNonEssential(e.target.checked)}
                aria-describedby="settings-non-essential-hint"
              />
              <div>
                <label htmlFor="settings-non-essential">{t('nonEssential')}</label>
                <p className="hint choice-hint" id="settings-non-essential-hint">
                  {t('nonEssentialHint')}
                </p>
              </div>
            </div>
            <p>{t('alwaysSent')}</p>
            <ul>
              {loaded.email.alwaysSent.map((kind) => (
                <li key={kind}>{t(mailKindText[kind])}</li>
              ))}
            </ul>
          </section>
          <SubmitButton busy={busy} busyLabel={t('saving')}>
            {t('save')}
          </SubmitButton>
        </form>
      )}
    </>
  );
}
