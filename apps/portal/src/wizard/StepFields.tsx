import type { ApplicationDetail, Employer, EstablishmentUnit } from '@loket/contracts';
import {
  type Category,
  categories,
  defaultLanguageFor,
  occupationLabels,
  type Region,
  salaryThresholdFor,
  sexes,
  shortageListOn,
  workerSituations,
} from '@loket/domain';
import { languageNames, languages } from '@loket/i18n';
import { useI18n, useMessages } from '@loket/i18n/react';
import {
  type AsyncState,
  fieldId,
  Loading,
  optionsOf,
  ProblemAlert,
  RadioGroup,
  SelectField,
  TextField,
  useLabels,
} from '@loket/ui';
import { useState } from 'react';
import { type DraftField, type DraftValues, localToday } from '../draft.ts';
import { euroExact } from './EarlyWarnings.tsx';
import { wizardMessages } from './wizard.messages.ts';

/** A field's value, error and handlers, bound to its pointer in the wizard's state. */
export interface Bound {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}
export type Bind = (field: DraftField) => Bound;

export function unitLabel(u: EstablishmentUnit): string {
  return `${u.name}, ${u.street}, ${u.postalCode} ${u.municipality}`;
}

/** The region and province the chosen place of employment gives, and which service that means. */
export function PlaceFacts({ unit }: { unit: EstablishmentUnit | undefined }) {
  const t = useMessages(wizardMessages);
  const labels = useLabels();
  if (!unit) return null;
  return (
    <div className="place-facts" aria-live="polite">
      <dl className="summary">
        <div>
          <dt>{t('placeRegion')}</dt>
          <dd>{labels.region[unit.region]}</dd>
        </div>
        <div>
          <dt>{t('placeProvince')}</dt>
          <dd>{labels.province[unit.province]}</dd>
        </div>
      </dl>
      <p className="hint">{t('placeService', { region: labels.regionInSentence[unit.region] })}</p>
    </div>
  );
}

/** The language of e-mails and letters: the region's by default, or one the applicant picks. */
export function LanguageField({ region, bound }: { region: Region | null | undefined; bound: Bound }) {
  const t = useMessages(wizardMessages);
  const regionLanguage = region ? languageNames[defaultLanguageFor(region)] : undefined;
  return (
    <SelectField
      id={fieldId('/language')}
      label={t('letterLanguage')}
      hint={t('letterLanguageHint')}
      placeholder={
        regionLanguage
          ? t('letterLanguageDefault', { language: regionLanguage })
          : t('letterLanguageRegionFirst')
      }
      options={languages.map((l) => ({ value: l, label: languageNames[l] }))}
      {...bound}
    />
  );
}

/** Step 1 of a saved draft: its employer (fixed), the place of employment and the letters' language. */
export function EmployerFields({
  application,
  employer,
  employersState,
  units,
  bind,
}: {
  application: ApplicationDetail;
  employer: Employer | undefined;
  employersState: AsyncState<unknown>;
  units: readonly EstablishmentUnit[];
  bind: Bind;
}) {
  const t = useMessages(wizardMessages);
  const place = bind('/establishmentUnitId');
  const unit = units.find((u) => u.id === place.value);
  return (
    <>
      <p>{t('employerIntro')}</p>
      <dl className="summary">
        <div>
          <dt>{t('employer')}</dt>
          <dd>
            {application.employer.name}
            {employer && ` (${employer.enterpriseNumber})`}
          </dd>
        </div>
      </dl>
      <p className="hint">{t('employerFixed')}</p>
      {employersState.error !== undefined && (
        <ProblemAlert error={employersState.error} onRetry={() => void employersState.reload()} />
      )}
      {!employer && employersState.loading && <Loading label={t('loadingEmployers')} />}
      <SelectField
        id={fieldId('/establishmentUnitId')}
        label={t('place')}
        placeholder={t('choosePlace')}
        options={units.map((u) => ({ value: u.id, label: unitLabel(u) }))}
        {...place}
      />
      {employer && units.length === 0 && (
        <p className="alert alert-info">{t('noUnits', { employer: employer.name })}</p>
      )}
      <PlaceFacts unit={unit} />
      <LanguageField region={unit?.region ?? application.region} bound={bind('/language')} />
    </>
  );
}

/** The categories, each with one plain sentence on who it is for. */
export function CategoryFields({ bind }: { bind: Bind }) {
  const t = useMessages(wizardMessages);
  const labels = useLabels();
  const { value, error, onChange } = bind('/category');
  return (
    <RadioGroup<Category>
      id={fieldId('/category')}
      legend={t('categoryLegend')}
      hint={t('categoryHint')}
      error={error}
      options={categories.map((c) => ({ value: c, label: labels.category[c], hint: labels.categoryHelp[c] }))}
      value={(categories as readonly string[]).includes(value) ? (value as Category) : ''}
      onChange={onChange}
    />
  );
}

export function WorkerFields({ bind }: { bind: Bind }) {
  const t = useMessages(wizardMessages);
  const labels = useLabels();
  const nationality = bind('/worker/nationality');
  const code = nationality.value.trim().toUpperCase();
  const country = /^[A-Z]{2}$/.test(code) ? labels.country(code) : undefined;
  return (
    <>
      <p>{t('workerIntro')}</p>
      <div className="form-grid">
        <TextField
          id={fieldId('/worker/givenName')}
          label={t('givenName')}
          maxLength={100}
          autoComplete="off"
          {...bind('/worker/givenName')}
        />
        <TextField
          id={fieldId('/worker/familyName')}
          label={t('familyName')}
          maxLength={100}
          autoComplete="off"
          {...bind('/worker/familyName')}
        />
      </div>
      <TextField
        id={fieldId('/worker/birthDate')}
        label={t('birthDate')}
        type="date"
        {...bind('/worker/birthDate')}
      />
      <SelectField
        id={fieldId('/worker/sex')}
        label={t('sex')}
        placeholder={t('choose')}
        options={optionsOf(sexes, labels.sex)}
        {...bind('/worker/sex')}
      />
      <TextField
        id={fieldId('/worker/nationality')}
        label={t('nationality')}
        hint={t('nationalityHint')}
        className="short"
        maxLength={2}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        after={country && country !== code && <span className="muted"> {country}</span>}
        {...nationality}
      />
      <SelectField
        id={fieldId('/worker/situation')}
        label={t('situation')}
        hint={t('situationHint')}
        placeholder={t('choose')}
        options={optionsOf(workerSituations, labels.situation)}
        {...bind('/worker/situation')}
      />
    </>
  );
}

const otherOccupation = 'other';

/**
 * The job: title, function code and salary. For a shortage occupation the region's list is offered
 * to choose from (a code off the list stays possible, and is warned about); the category's salary
 * threshold for the region and the worker's age is shown beside the salary.
 */
export function JobFields({
  bind,
  values,
  region,
}: {
  bind: Bind;
  values: DraftValues;
  region: Region | null;
}) {
  const t = useMessages(wizardMessages);
  const labels = useLabels();
  const { date } = useI18n();
  const today = localToday();
  const category = (categories as readonly string[]).includes(values['/category'])
    ? (values['/category'] as Category)
    : undefined;
  const occupation = bind('/occupationCode');
  const list = category === 'shortage_occupation' && region ? shortageListOn(region, today) : undefined;
  const onList = list?.occupations.some((o) => o.code === occupation.value);
  const [typingOther, setTypingOther] = useState(() => !!occupation.value && !onList);
  const birthDate = values['/worker/birthDate'];
  const threshold =
    category && region
      ? salaryThresholdFor(region, category, today, /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : null)
      : undefined;
  const thresholdText =
    threshold && region
      ? t(threshold.youngerThan ? 'salaryThresholdYoung' : 'salaryThreshold', {
          region: labels.regionInSentence[region],
          amount: euroExact(threshold.amount, labels.language),
          date: date(threshold.validFrom),
          age: threshold.youngerThan ?? '',
        })
      : undefined;
  const codeField = (
    <TextField
      id={fieldId('/occupationCode')}
      label={t('occupationCode')}
      hint={t('occupationHint')}
      className="short"
      inputMode="numeric"
      maxLength={4}
      autoComplete="off"
      after={
        occupationLabels[occupation.value] && (
          <span className="muted"> {occupationLabels[occupation.value]?.[labels.language]}</span>
        )
      }
      {...occupation}
    />
  );

  return (
    <>
      <TextField id={fieldId('/jobTitle')} label={t('jobTitle')} maxLength={200} {...bind('/jobTitle')} />
      {list && region ? (
        <>
          <SelectField
            id="occupation-choice"
            label={t('shortageOccupation', { region: labels.regionInSentence[region] })}
            hint={t('shortageHint', { date: date(list.validFrom) })}
            placeholder={t('choose')}
            options={[
              ...list.occupations.map((o) => ({
                value: o.code,
                label: `${o.label[labels.language]} (${o.code})`,
              })),
              { value: otherOccupation, label: t('otherOccupation') },
            ]}
            value={typingOther ? otherOccupation : occupation.value}
            onChange={(v) => {
              setTypingOther(v === otherOccupation);
              occupation.onChange(v === otherOccupation ? '' : v);
            }}
          />
          {typingOther && codeField}
        </>
      ) : (
        codeField
      )}
      <TextField
        id={fieldId('/grossAnnualSalaryEur')}
        label={t('salary')}
        hint={thresholdText ? `${t('salaryHint')} ${thresholdText}` : t('salaryHint')}
        inputMode="numeric"
        autoComplete="off"
        {...bind('/grossAnnualSalaryEur')}
      />
    </>
  );
}
